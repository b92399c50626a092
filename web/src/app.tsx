import { createBrowserRouter, RouterProvider } from 'react-router';
import { LoginPage } from './auth/login-page.tsx';
import { SessionProvider, useSession } from './auth/session.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './layout/not-found-page.tsx';
import { PAGE_ROUTES, type PageRoute } from './routes.tsx';

const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [...PAGE_ROUTES.map((r) => ({ path: r.path, element: <AllowedPage route={r} /> })), { path: '*', element: <NotFoundPage /> }],
  },
]);

/** A page the signed-in role may not use is not there for them, as the API answers for accounts. */
function AllowedPage({ route }: { route: PageRoute }) {
  const { principal } = useSession();
  if (route.allowed && (!principal || !route.allowed(principal))) return <NotFoundPage />;
  return <route.component />;
}

function Gate() {
  const { principal } = useSession();
  if (principal === undefined) return <p className="muted center">Loading…</p>;
  if (principal === null) return <LoginPage />;
  return <RouterProvider router={router} />;
}

export function App() {
  return (
    <SessionProvider>
      <Gate />
    </SessionProvider>
  );
}
