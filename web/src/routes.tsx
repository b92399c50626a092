import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { canImport, canReadAudit, type Principal } from './auth/session.tsx';

/** A page of the dashboard: its path, its entry in the navigation (if any) and who may open it. */
export interface PageRoute {
  readonly path: string;
  readonly component: LazyExoticComponent<ComponentType>;
  /** Shown in the navigation bar with this label. */
  readonly nav?: string;
  readonly allowed?: (p: Principal) => boolean;
}

// Most visits start on the portfolio: fetch its chunk while the session is still being
// checked, not after (the two waits ran one after the other, ~200 ms on this machine).
const portfolioPage = () => import('./portfolio/portfolio-page.tsx');
if (window.location.pathname === '/') void portfolioPage();

// Each page loads with its own chunk: the portfolio's first render does not wait for the
// account page's charts or the model editor. One entry per page; a capability adds its own.
export const PAGE_ROUTES: readonly PageRoute[] = [
  { path: '/', component: lazy(() => portfolioPage().then((m) => ({ default: m.PortfolioPage }))), nav: 'Portfolio' },
  { path: '/accounts/:externalId', component: lazy(() => import('./account/account-page.tsx').then((m) => ({ default: m.AccountPage }))) },
  { path: '/models', nav: 'Models', component: lazy(() => import('./models/models-page.tsx').then((m) => ({ default: m.ModelsPage }))) },
  { path: '/models/how-it-works', nav: 'How scores work', component: lazy(() => import('./models/how-it-works-page.tsx').then((m) => ({ default: m.HowItWorksPage }))) },
  { path: '/data', nav: 'Data', allowed: canImport, component: lazy(() => import('./data/data-page.tsx').then((m) => ({ default: m.DataPage }))) },
  { path: '/audit', nav: 'Audit', allowed: canReadAudit, component: lazy(() => import('./audit/audit-page.tsx').then((m) => ({ default: m.AuditPage }))) },
];
