import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { PAGE_ROUTES } from '../routes.tsx';

/** The frame of every page: navigation, who is signed in, and the page. */
export function AppLayout() {
  const { principal, signOut } = useSession();
  const pages = PAGE_ROUTES.filter((r) => r.nav && principal && (!r.allowed || r.allowed(principal)));
  return (
    <div className="app">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Bellwether</span>
        <nav aria-label="Main">
          {pages.map((r) => (
            <NavLink key={r.path} to={r.path} end={r.path === '/'}>
              {r.nav}
            </NavLink>
          ))}
        </nav>
        <span className="who">
          {principal?.name ?? principal?.email} <span className="role">{principal?.role}</span>
          <button type="button" className="link" onClick={() => void signOut()}>
            Sign out
          </button>
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
