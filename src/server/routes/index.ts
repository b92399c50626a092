import { accessRoutes } from './access-routes.js';
import { accountRoutes } from './account-routes.js';
import { accountScoreRoutes } from './account-score-routes.js';
import { auditRoutes } from './audit-routes.js';
import { authRoutes } from './auth-routes.js';
import { communicationRoutes } from './communication-routes.js';
import { evidenceRoutes } from './evidence-routes.js';
import { humanInputRoutes } from './human-input-routes.js';
import { importRoutes } from './import-routes.js';
import { modelRoutes } from './model-routes.js';
import { recordRoutes } from './record-routes.js';
import { reviewListRoutes } from './review-list-routes.js';
import type { RouteGroup } from './route-group.js';
import { savedViewRoutes } from './saved-view-routes.js';
import { settingsRoutes } from './settings-routes.js';
import { systemRoutes } from './system-routes.js';

export type { RouteGroup } from './route-group.js';

/** Routes without credentials: health checks (sign-in lives with the access routes, whose paths create-app lets through). */
export const PUBLIC_ROUTE_GROUPS: readonly RouteGroup[] = [systemRoutes, authRoutes];

/** Everything under /api/v1, behind authentication and rate limits. One entry per capability. */
export const API_ROUTE_GROUPS: readonly RouteGroup[] = [accountRoutes, modelRoutes, accessRoutes, importRoutes, recordRoutes, evidenceRoutes, humanInputRoutes, accountScoreRoutes, auditRoutes, savedViewRoutes, communicationRoutes, reviewListRoutes, settingsRoutes];
