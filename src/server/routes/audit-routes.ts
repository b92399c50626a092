import { createRoute, type z } from '@hono/zod-openapi';
import { visibleAccountScope, type Principal } from '../../app/index.js';
import { AuditTrailRepository, type AuditTrailQuery, type Store, type StoredAuditEntry } from '../../store/index.js';
import { requireAction, visibleAccount } from '../access-guard.js';
import { decodeCursor, pageFrom } from '../page-cursor.js';
import { orderedRange } from '../request-checks.js';
import { AuditFilterQuery, AuditPageSchema, AuditQuery } from '../schemas/audit-schemas.js';
import { AccountPathParams, jsonContent } from '../schemas/common-schemas.js';
import { problemResponses } from '../schemas/problem-schema.js';
import type { RouteGroup } from './route-group.js';

const WHO_READS = 'Admins and managers read the whole trail; a rep only the entries about their own accounts (owned or shared); a viewer may not (403).';

const auditRoute = createRoute({
  method: 'get',
  path: '/api/v1/audit',
  tags: ['audit'],
  summary: 'Who changed an override, a pulse or the active model, when, from what to what; newest first',
  description: WHO_READS,
  request: { query: AuditQuery },
  responses: {
    200: { description: 'A page of entries', content: jsonContent(AuditPageSchema) },
    ...problemResponses('invalid-request', 'invalid-cursor', 'unauthenticated', 'forbidden', 'account-not-found'),
  },
});

const accountAuditRoute = createRoute({
  method: 'get',
  path: '/api/v1/accounts/{externalId}/audit',
  tags: ['audit'],
  summary: "The audit trail of one account's overrides and pulses, newest first",
  description: WHO_READS,
  request: { params: AccountPathParams, query: AuditFilterQuery },
  responses: {
    200: { description: 'A page of entries', content: jsonContent(AuditPageSchema) },
    ...problemResponses('invalid-request', 'invalid-cursor', 'unauthenticated', 'forbidden', 'account-not-found'),
  },
});

type Filters = z.infer<typeof AuditFilterQuery>;

/** A page of the trail as this principal may see it, newest first. */
async function auditPage(store: Store, principal: Principal, query: Filters, accountExternalId: string | undefined) {
  orderedRange(query.since, query.until, ['since', 'until']);
  const scope = visibleAccountScope(principal);
  const after = query.cursor === undefined ? undefined : (decodeCursor(query.cursor, ['string', 'number']) as [string, number]);
  const filter: AuditTrailQuery = {
    ...(accountExternalId !== undefined ? { accountExternalId } : {}),
    ...(query.entity !== undefined ? { entity: query.entity } : {}),
    ...(query.actor !== undefined ? { actor: query.actor } : {}),
    ...(query.since !== undefined ? { since: query.since } : {}),
    ...(query.until !== undefined ? { until: query.until } : {}),
    ...(scope.all ? {} : { scope: { ownerEmail: scope.ownerEmail, userId: scope.userId } }),
    ...(after ? { after } : {}),
    limit: query.limit + 1,
  };
  const rows = await AuditTrailRepository.page(store.db, filter);
  return pageFrom<StoredAuditEntry>(rows, query.limit, (e) => [e.at, e.id]);
}

/** The audit trail, whole or of one account, as far as the principal may read it. */
export const auditRoutes: RouteGroup = (app, { store }) => {
  app.openapi(auditRoute, async (c) => {
    const principal = requireAction(c, 'read_audit');
    const query = c.req.valid('query');
    const account = query.account === undefined ? undefined : await visibleAccount(store, principal, query.account);
    return c.json(await auditPage(store, principal, query, account?.externalId), 200);
  });

  app.openapi(accountAuditRoute, async (c) => {
    const principal = requireAction(c, 'read_audit');
    const account = await visibleAccount(store, principal, c.req.valid('param').externalId);
    return c.json(await auditPage(store, principal, c.req.valid('query'), account.externalId), 200);
  });
};
