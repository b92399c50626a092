import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Principal } from './auth/session.tsx';

/** A page of the dashboard: its path, its entry in the navigation (if any) and who may open it. */
export interface PageRoute {
  readonly path: string;
  readonly component: LazyExoticComponent<ComponentType>;
  /** Shown in the navigation bar with this label. */
  readonly nav?: string;
  readonly allowed?: (p: Principal) => boolean;
}

// Each page loads with its own chunk: the portfolio's first render does not wait for the
// account page's charts or the model editor. One entry per page; a capability adds its own.
export const PAGE_ROUTES: readonly PageRoute[] = [
  { path: '/', component: lazy(() => import('./portfolio/portfolio-page.tsx').then((m) => ({ default: m.PortfolioPage }))), nav: 'Portfolio' },
  { path: '/accounts/:externalId', component: lazy(() => import('./account/account-page.tsx').then((m) => ({ default: m.AccountPage }))) },
];
