import { createRoute, z } from '@hono/zod-openapi';
import { ENTITY_KINDS, type EntityKind } from '../../domain/index.js';
import { requireAction } from '../access-guard.js';
import { parsePushBody } from '../imports/push-body.js';
import { runPushImport, type PushOutcome } from '../imports/run-push-import.js';
import { ApiProblem, type FieldError } from '../problem.js';
import { jsonContent } from '../schemas/common-schemas.js';
import { PushResultSchema } from '../schemas/import-schemas.js';
import { problemResponses } from '../schemas/problem-schema.js';
import type { RouteGroup } from './route-group.js';

const singular = (kind: EntityKind) => (kind.endsWith('ies') ? `${kind.slice(0, -3)}y` : kind.replace(/s$/, ''));

/** A kind as a path names it: `tickets`, `usage_days` or `usage-days`, and the singular (`ticket`) as a file name may. */
function kindOf(name: string): EntityKind | undefined {
  const n = name.toLowerCase().replace(/-/g, '_');
  return ENTITY_KINDS.find((k) => k === n || singular(k) === n);
}

const KindParams = z.object({
  kind: z.string().openapi({ param: { name: 'kind', in: 'path' }, description: `What the records are: ${ENTITY_KINDS.join(', ')}`, example: 'tickets' }),
});

/** Documented only: the body is read as text, so a syntax error can name its line. */
const PUSH_BODY = {
  required: true,
  content: {
    'application/json': {
      schema: {
        oneOf: [
          { type: 'object' as const, additionalProperties: true },
          { type: 'array' as const, items: { type: 'object' as const, additionalProperties: true } },
        ],
        description: 'One record or an array of them, with the column names of file import (snake_case)',
        example: [{ external_id: 'T-1001', account_external_id: 'ACC-000002', subject: 'Login fails', status: 'open', priority: 'high', opened_at: '2026-12-01T09:30:00Z' }],
      },
    },
    'application/x-ndjson': { schema: { type: 'string' as const, description: 'One record (a JSON object) per line' } },
  },
};

const pushRecords = createRoute({
  method: 'post',
  path: '/api/v1/records/{kind}',
  tags: ['data'],
  summary: 'Push records as they happen (usage days, tickets, invoices, survey answers…): imported like a file of them, idempotent by external id',
  description:
    'Admins and managers (the roles that may import data). Records take the field names of NDJSON file import and are checked the same way; each rejected record is listed with its 0-based index and reason. The same body pushed again changes nothing.',
  request: { params: KindParams, body: PUSH_BODY },
  responses: {
    200: { description: 'What the push changed, and each rejected record', content: jsonContent(PushResultSchema) },
    ...problemResponses('invalid-request', 'invalid-records', 'unauthenticated', 'forbidden', 'not-found', 'payload-too-large', 'unsupported-media-type'),
  },
});

/** The 422 of a push none of whose records could be imported. */
function noRecordImported(outcome: PushOutcome): ApiProblem {
  const { result, fileIssue } = outcome;
  if (fileIssue) return new ApiProblem('invalid-records', fileIssue);
  const errors: FieldError[] = result.rejected.map((r) => ({
    field: r.column ? `records[${r.index}].${r.column}` : `records[${r.index}]`,
    in: 'body',
    code: r.code,
    ...(r.line !== undefined ? { line: r.line } : {}),
    message: r.message,
  }));
  const first = result.rejected[0];
  return new ApiProblem('invalid-records', `None of the ${result.received} records could be imported${first ? `; the first: records[${first.index}]: ${first.message}` : ''}. They are in the quarantine of import ${result.importId}.`, errors);
}

/** Records pushed as they happen instead of in file exports. */
export const recordRoutes: RouteGroup = (app, deps) => {
  const { config, background } = deps;

  app.openapi(pushRecords, async (c) => {
    const principal = requireAction(c, 'import_data');
    const name = c.req.valid('param').kind;
    const kind = kindOf(name);
    if (!kind) throw new ApiProblem('not-found', `No kind of record "${name}"; one of ${ENTITY_KINDS.join(', ')}.`);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength > config.pushLimitBytes) throw new ApiProblem('payload-too-large', `The body is larger than the push limit of ${Math.round(config.pushLimitBytes / 1024 / 1024)} MB; split it.`);
    const body = parsePushBody(c.req.header('content-type') ?? '', bytes);
    if (body.received === 0) return c.json({ importId: null, kind, received: 0, inserted: 0, updated: 0, unchanged: 0, quarantined: 0, unmatched: 0, rejected: [] }, 200);
    // In the write queue like an upload's import, so a push never writes beside one.
    const job = background.start('import', principal.email, () => runPushImport(deps, kind, body), { writes: true });
    await background.settled(job.id);
    if (job.status !== 'completed' || !job.result) throw new ApiProblem('internal', `The records could not be imported; the server logged why under job ${job.id}.`);
    const outcome = job.result;
    const { result } = outcome;
    if (outcome.fileIssue || result.inserted + result.updated + result.unchanged === 0) throw noRecordImported(outcome);
    return c.json(result, 200);
  });
};
