import { createRoute, type z } from '@hono/zod-openapi';
import { assignAddress, bodyPreview, listAssignments, listUnmatchedActivities, listUnmatchedAddresses, ReviewListError, type AssignAddressResult } from '../../app/index.js';
import { normalizeDomain } from '../../domain/index.js';
import type { StoredAssignment, StoredUnmatchedActivity } from '../../store/index.js';
import { requireAction } from '../access-guard.js';
import { displayFileName } from '../imports/upload-dir.js';
import { decodeCursor, encodeCursor } from '../page-cursor.js';
import { ApiProblem } from '../problem.js';
import { jsonContent } from '../schemas/common-schemas.js';
import { problemResponses } from '../schemas/problem-schema.js';
import {
  AssignmentListSchema,
  AssignmentResultSchema,
  NewAssignmentSchema,
  UnmatchedActivityPageSchema,
  UnmatchedActivityQuery,
  type UnmatchedActivitySchema,
  UnmatchedAddressPageSchema,
  UnmatchedAddressQuery,
} from '../schemas/review-list-schemas.js';
import type { RouteGroup } from './route-group.js';

const WHO = 'Admins and managers (`manage_review_list`); reps and viewers get 403, as the list holds mail of no account yet.';

const addressesRoute = createRoute({
  method: 'get',
  path: '/api/v1/unmatched-addresses',
  tags: ['review list'],
  summary: 'Customer addresses of imported mail and meetings that matched no account, the most activities first',
  description: `${WHO} Assign one (or its domain) with POST /api/v1/address-assignments. The cursor is a position in the list: assigning addresses while paging shifts what follows.`,
  request: { query: UnmatchedAddressQuery },
  responses: {
    200: { description: 'A page of addresses', content: jsonContent(UnmatchedAddressPageSchema) },
    ...problemResponses('invalid-request', 'invalid-cursor', 'unauthenticated', 'forbidden'),
  },
});

const activitiesRoute = createRoute({
  method: 'get',
  path: '/api/v1/unmatched-activities',
  tags: ['review list'],
  summary: 'The emails and meetings waiting on the review list, newest first; with `address`, those naming it (or anyone at a domain)',
  description: WHO,
  request: { query: UnmatchedActivityQuery },
  responses: {
    200: { description: 'A page of waiting activities', content: jsonContent(UnmatchedActivityPageSchema) },
    ...problemResponses('invalid-request', 'invalid-cursor', 'unauthenticated', 'forbidden'),
  },
});

const assignRoute = createRoute({
  method: 'post',
  path: '/api/v1/address-assignments',
  tags: ['review list'],
  summary: 'Assign an address (or a whole domain) to an account: what waits under it is imported under the account now, and later imports match by it',
  description: `${WHO} Audited (\`address.assign\`, or \`address.reassign\` for an address already assigned). The activities are known from now, and the account is rescored in the background. Free-mail domains (gmail.com …) and our own addresses are refused (400 \`invalid-assignment\`).`,
  request: { body: { content: jsonContent(NewAssignmentSchema), required: true } },
  responses: {
    201: { description: 'The assignment and how many activities it imported', content: jsonContent(AssignmentResultSchema) },
    ...problemResponses('invalid-request', 'invalid-assignment', 'unauthenticated', 'forbidden'),
  },
});

const assignmentsRoute = createRoute({
  method: 'get',
  path: '/api/v1/address-assignments',
  tags: ['review list'],
  summary: 'Every address and domain assigned to an account, by address',
  description: WHO,
  responses: {
    200: { description: 'The assignments', content: jsonContent(AssignmentListSchema) },
    ...problemResponses('unauthenticated', 'forbidden'),
  },
});

type WireUnmatched = z.infer<typeof UnmatchedActivitySchema>;

function unmatchedOut(u: StoredUnmatchedActivity, uploadDir: string): WireUnmatched {
  const participants = Array.isArray(u.record.participants) ? (u.record.participants as WireUnmatched['participants']) : [];
  const body = u.record.bodyText;
  return {
    id: u.id,
    externalId: u.key,
    type: u.type,
    occurredAt: u.occurredAt,
    subject: u.subject ?? null,
    reason: u.reason,
    addresses: [...u.addresses],
    participants: participants.map((p) => ({ email: p.email, ...(p.name ? { name: p.name } : {}), role: p.role, ...(p.side ? { side: p.side } : {}) })),
    bodyPreview: typeof body === 'string' ? bodyPreview(body) : null,
    importId: u.importId,
    sourceFile: displayFileName(u.sourceFile, uploadDir),
    line: u.line,
    listedAt: u.createdAt,
  };
}

const assignmentOut = ({ accountId: _id, ...a }: StoredAssignment) => a;

/** An offset cursor: the list is ranked by counts that change as addresses are assigned, so a keyset would not hold either. */
function offsetOf(cursor: string | undefined): number {
  return cursor === undefined ? 0 : (decodeCursor(cursor, ['number'])[0] as number);
}

/** The page of `limit` out of `rows` read as limit + 1 from `offset`. */
function offsetPage<T>(rows: readonly T[], limit: number, offset: number) {
  return { items: rows.slice(0, limit), nextCursor: rows.length > limit ? encodeCursor([offset + limit]) : null };
}

/** An address in a query the use case refuses is a 400 naming the query field. */
function queryAddressProblem(error: unknown): unknown {
  if (!(error instanceof ReviewListError)) return error;
  return new ApiProblem('invalid-request', `address: ${error.message}`, [{ field: 'address', in: 'query', code: error.code, message: error.userMessage }]);
}

/** The review list: mail and meetings no account matched, and assigning their addresses to accounts. */
export const reviewListRoutes: RouteGroup = (app, { store, now, background, config }) => {
  app.openapi(addressesRoute, async (c) => {
    requireAction(c, 'manage_review_list');
    const query = c.req.valid('query');
    let domain: string | undefined;
    if (query.domain !== undefined) {
      domain = normalizeDomain(query.domain);
      if (!domain) throw new ApiProblem('invalid-request', `domain: "${query.domain}" is not a domain name`, [{ field: 'domain', in: 'query', code: 'invalid_domain', message: 'not a domain name' }]);
    }
    const offset = offsetOf(query.cursor);
    const result = await listUnmatchedAddresses(store, { limit: query.limit + 1, offset, ...(domain ? { domain } : {}) });
    const items = result.items.map((a) => ({ ...a, reasons: [...a.reasons] }));
    return c.json({ total: result.total, ...offsetPage(items, query.limit, offset) }, 200);
  });

  app.openapi(activitiesRoute, async (c) => {
    requireAction(c, 'manage_review_list');
    const query = c.req.valid('query');
    const offset = offsetOf(query.cursor);
    const rows = await listUnmatchedActivities(store, { limit: query.limit + 1, offset, ...(query.address ? { address: query.address } : {}) }).catch((error: unknown) => {
      throw queryAddressProblem(error);
    });
    const page = offsetPage(rows, query.limit, offset);
    return c.json({ items: page.items.map((u) => unmatchedOut(u, config.uploadDir)), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(assignRoute, async (c) => {
    const principal = requireAction(c, 'manage_review_list');
    const body = c.req.valid('json');
    // In the write queue like an import: the assignment imports the activities that waited.
    type Outcome = { ok: true; result: AssignAddressResult } | { ok: false; error: unknown };
    const job = background.start<Outcome>(
      'import',
      principal.email,
      async () => {
        try {
          return { ok: true, result: await assignAddress(store, { address: body.address, accountExternalId: body.accountId, actor: principal.email, now: now() }) };
        } catch (error) {
          return { ok: false, error };
        }
      },
      { writes: true },
    );
    await background.settled(job.id);
    const outcome = job.result;
    if (!outcome) throw new ApiProblem('internal', `The assignment could not be made; the server logged why under job ${job.id}.`);
    if (!outcome.ok) throw outcome.error;
    const { result } = outcome;
    if (result.imported > 0) background.requestRescore();
    return c.json({ assignment: assignmentOut(result.assignment), imported: result.imported, importId: result.importId ?? null }, 201);
  });

  app.openapi(assignmentsRoute, async (c) => {
    requireAction(c, 'manage_review_list');
    return c.json({ items: (await listAssignments(store)).map(assignmentOut) }, 200);
  });
};
