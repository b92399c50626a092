import { createRoute, z } from '@hono/zod-openapi';
import { canSeeAccount, visibleAccountScope, type Principal } from '../../app/index.js';
import { ENTITY_KIND_SPECS } from '../../domain/index.js';
import { RecordRepository, type RecordKind, type Store, type StoredRecord } from '../../store/index.js';
import { principalOf, visibleAccount } from '../access-guard.js';
import { decodeCursor, pageFrom } from '../page-cursor.js';
import { ApiProblem } from '../problem.js';
import { orderedRange } from '../request-checks.js';
import { AccountPathParams, jsonContent, MomentParam, PageQuery } from '../schemas/common-schemas.js';
import { problemResponses } from '../schemas/problem-schema.js';
import { RecordKindParam, RecordPageSchema, RecordSchema } from '../schemas/record-schemas.js';
import type { RouteGroup } from './route-group.js';

const listRecords = createRoute({
  method: 'get',
  path: '/api/v1/accounts/{externalId}/records/{kind}',
  tags: ['records'],
  summary: "An account's current records of one kind (the evidence behind its scores), newest first",
  description:
    "Sorted by the kind's time field (an invoice's issuedDate, a ticket's openedAt, a usage day's date …), then by id; contacts, which have none, by id. `from` and `to` bound that field, both inclusive; a date field is compared by day.",
  request: {
    params: AccountPathParams.extend({ kind: RecordKindParam }),
    query: PageQuery.extend({
      from: MomentParam.optional().openapi({ type: 'string', format: 'date-time', description: 'Records that happened at or after this moment' }),
      to: MomentParam.optional().openapi({ type: 'string', format: 'date-time', description: 'Records that happened at or before this moment' }),
    }),
  },
  responses: {
    200: { description: 'A page of records', content: jsonContent(RecordPageSchema) },
    ...problemResponses('invalid-request', 'invalid-cursor', 'unauthenticated', 'account-not-found'),
  },
});

const getRecord = createRoute({
  method: 'get',
  path: '/api/v1/records/{kind}/{id}',
  tags: ['records'],
  summary: 'One record, by its natural key or by the id snapshot evidence names it by',
  description:
    "`id` is the record's `recordKey`, or, with `account`, the id a snapshot's evidence gives it: an external id, a usage day's date, a metric value's `metric@observedAt`, a survey answer's `kind@respondedAt` when it has no id, a contact's email. The evidence links of `…/explain` are such URLs. A record of an account you may not see is answered as missing.",
  request: {
    params: z.object({ kind: RecordKindParam, id: z.string().min(1).openapi({ param: { name: 'id', in: 'path' }, example: 'INV-0001' }) }),
    query: z.object({
      account: z.string().min(1).optional().openapi({ description: "The account's id in your CRM: look the record up among its records, by evidence id too", example: 'ACC-000002' }),
      asOf: MomentParam.optional().openapi({ type: 'string', format: 'date-time', description: 'The version Bellwether knew then (default: the current one)' }),
    }),
  },
  responses: {
    200: { description: 'The record', content: jsonContent(RecordSchema) },
    ...problemResponses('invalid-request', 'unauthenticated', 'not-found', 'account-not-found'),
  },
});

type WireRecord = z.infer<typeof RecordSchema>;

function toWire(r: StoredRecord): WireRecord {
  return { ...r.fields, ...(r.accountExternalId !== null ? { accountExternalId: r.accountExternalId } : {}), kind: r.kind, id: r.id, recordKey: r.recordKey, knownAt: r.knownAt } as WireRecord;
}

/** A record without an account (a ticket no account matched) is seen by those who see every account. */
async function canSeeRecord(store: Store, principal: Principal, record: StoredRecord): Promise<boolean> {
  return record.accountExternalId === null ? visibleAccountScope(principal).all : canSeeAccount(store, principal, record.accountExternalId);
}

// Evidence ids of these kinds are unique only within an account (see RecordRepository.find).
const ACCOUNT_SCOPED: ReadonlySet<RecordKind> = new Set(['usage_days', 'metric_values', 'survey_responses', 'contacts']);

/** The records behind the scores: an account's by kind, and one by the id evidence names it by. */
export const evidenceRoutes: RouteGroup = (app, { store }) => {
  app.openapi(listRecords, async (c) => {
    const { externalId, kind } = c.req.valid('param');
    const query = c.req.valid('query');
    const account = await visibleAccount(store, principalOf(c), externalId);
    const timeField = ENTITY_KIND_SPECS[kind].occurredAtField;
    if (timeField === undefined && (query.from !== undefined || query.to !== undefined)) {
      const field = query.from !== undefined ? 'from' : 'to';
      throw new ApiProblem('invalid-request', `${field}: ${kind} have no time to filter by`, [{ field, in: 'query', code: 'no_time_field', message: `${kind} have no time to filter by` }]);
    }
    orderedRange(query.from, query.to);
    const after = query.cursor === undefined ? undefined : (decodeCursor(query.cursor, timeField ? ['string', 'number'] : ['number']) as [string, number] | [number]);
    const rows = await RecordRepository.list(store.db, kind, {
      accountId: account.id,
      ...(query.from !== undefined ? { from: query.from } : {}),
      ...(query.to !== undefined ? { to: query.to } : {}),
      limit: query.limit + 1,
      ...(after ? { after } : {}),
    });
    const page = pageFrom(rows, query.limit, (r) => (timeField ? [String(r.fields[timeField]), r.id] : [r.id]));
    return c.json({ kind, items: page.items.map(toWire), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(getRecord, async (c) => {
    const { kind, id } = c.req.valid('param');
    const query = c.req.valid('query');
    const principal = principalOf(c);
    const account = query.account === undefined ? undefined : await visibleAccount(store, principal, query.account);
    const record = await RecordRepository.find(store.db, kind, { key: id, ...(account ? { accountId: account.id } : {}) }, query.asOf);
    if (!record || !(await canSeeRecord(store, principal, record))) {
      const hint = !account && ACCOUNT_SCOPED.has(kind) ? ' An evidence id of this kind is unique only within its account: pass ?account=.' : '';
      throw new ApiProblem('not-found', `No ${kind} record "${id}"${account ? ` of account ${account.externalId}` : ''}${query.asOf ? ` known at ${query.asOf}` : ''}.${hint}`);
    }
    return c.json(toWire(record), 200);
  });
};
