import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { activateModel, activeModel, compileOrThrow, previewModel, visibleAccountScope, type ModelPreview } from '../../app/index.js';
import { AccountShareRepository, ModelRepository, type StoredModel } from '../../store/index.js';
import { principalOf, requireAction } from '../access-guard.js';
import type { ApiDeps, ApiEnv } from '../api-env.js';
import { ApiProblem } from '../problem.js';
import { jsonContent, MomentParam } from '../schemas/common-schemas.js';
import { ModelDetailSchema, ModelPreviewJobSchema, ModelSourceSchema, ModelSummarySchema, ModelValidationSchema } from '../schemas/model-schemas.js';
import { problemResponses } from '../schemas/problem-schema.js';
import type { RouteGroup } from './route-group.js';

const VersionParams = z.object({ version: z.string().min(1).openapi({ param: { name: 'version', in: 'path' } }) });
const JobParams = z.object({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) });

/**
 * A model body: JSON `{ "source": "<yaml>" }`, or the YAML itself as text/yaml. Marked
 * optional only because the framework would otherwise run the JSON check on YAML bodies;
 * the handler answers 400 when there is none.
 */
const MODEL_BODY = {
  description: 'The model (required): JSON { "source": "<yaml>" } or the YAML as text/yaml',
  content: {
    'application/json': { schema: ModelSourceSchema },
    'text/yaml': { schema: z.string().openapi({ description: 'The model as YAML' }) },
  },
  required: false,
} as const;

async function modelSource(c: Context<ApiEnv>): Promise<string> {
  const type = c.req.header('content-type') ?? '';
  if (/^(text|application)\/(x-)?yaml/i.test(type)) {
    const text = await c.req.text();
    if (text.trim() === '') throw new ApiProblem('invalid-request', 'The body is empty; send the model as YAML.', [{ field: 'body', in: 'body', message: 'a model is required' }]);
    return text;
  }
  if (/^application\/json/i.test(type)) {
    const parsed = ModelSourceSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) throw new ApiProblem('invalid-request', 'Send the model as JSON { "source": "<yaml>" } or as text/yaml.', [{ field: 'source', in: 'body', message: 'a YAML string is required' }]);
    return parsed.data.source;
  }
  throw new ApiProblem('unsupported-media-type', 'Send the model as application/json ({ "source": … }) or text/yaml.');
}

function summary(m: StoredModel) {
  return { version: m.version, name: m.name, active: Boolean(m.active), createdAt: m.created_at, createdBy: m.created_by, activatedAt: m.activated_at };
}

const listModels = createRoute({
  method: 'get',
  path: '/api/v1/models',
  tags: ['models'],
  summary: 'Every model version ever stored, newest first',
  responses: { 200: { description: 'Model versions', content: jsonContent(z.object({ items: z.array(ModelSummarySchema) })) }, ...problemResponses('unauthenticated') },
});

const showActive = createRoute({
  method: 'get',
  path: '/api/v1/models/active',
  tags: ['models'],
  summary: 'The active model: its YAML and validated definition',
  responses: { 200: { description: 'The active model', content: jsonContent(ModelDetailSchema) }, ...problemResponses('unauthenticated') },
});

const showVersion = createRoute({
  method: 'get',
  path: '/api/v1/models/{version}',
  tags: ['models'],
  summary: 'One stored model version (to read an old snapshot under the model that made it)',
  request: { params: VersionParams },
  responses: { 200: { description: 'The model', content: jsonContent(ModelDetailSchema) }, ...problemResponses('unauthenticated', 'not-found') },
});

const validate = createRoute({
  method: 'post',
  path: '/api/v1/models/validate',
  tags: ['models'],
  summary: 'Validate a model; every problem names its YAML path and line',
  request: { body: MODEL_BODY },
  responses: { 200: { description: 'The model is valid', content: jsonContent(ModelValidationSchema) }, ...problemResponses('invalid-model', 'invalid-request', 'unauthenticated', 'unsupported-media-type') },
});

const startPreview = createRoute({
  method: 'post',
  path: '/api/v1/models/previews',
  tags: ['models'],
  summary: 'Preview a changed model: which accounts would change band and by how much (a background job)',
  request: {
    body: MODEL_BODY,
    query: z.object({
      asOf: MomentParam.optional().openapi({ description: 'The moment both models score (default now)' }),
      limit: z.coerce.number().int().min(1).max(5000).default(500).openapi({ type: 'integer', description: 'Changes listed at most' }),
      wait: z.enum(['true', 'false']).default('false').openapi({ description: 'Answer when the preview is done (200) instead of at once (202)' }),
    }),
  },
  responses: {
    200: { description: 'The finished preview (wait=true)', content: jsonContent(ModelPreviewJobSchema) },
    202: { description: 'The preview job; poll its Location', content: jsonContent(ModelPreviewJobSchema) },
    ...problemResponses('invalid-model', 'invalid-request', 'unauthenticated', 'unsupported-media-type'),
  },
});

const showPreview = createRoute({
  method: 'get',
  path: '/api/v1/models/previews/{id}',
  tags: ['models'],
  summary: 'A preview job: progress, then the result',
  request: { params: JobParams },
  responses: { 200: { description: 'The job', content: jsonContent(ModelPreviewJobSchema) }, ...problemResponses('unauthenticated', 'not-found') },
});

const activate = createRoute({
  method: 'post',
  path: '/api/v1/models/activate',
  tags: ['models'],
  summary: 'Validate, store and activate a model (admins and managers); the next run rescores every account',
  request: { body: MODEL_BODY },
  responses: {
    200: { description: 'Activated', content: jsonContent(z.object({ active: ModelSummarySchema, previous: z.string().nullable(), rescoring: z.boolean() })) },
    ...problemResponses('invalid-model', 'invalid-request', 'unauthenticated', 'forbidden', 'unsupported-media-type'),
  },
});

async function detail(m: StoredModel) {
  return { ...summary(m), source: m.source, definition: compileOrThrow(m.source).definition as unknown as Record<string, unknown> };
}

/** Starts a preview as a read-only background job; a rep's preview compares only the accounts they may see. */
async function startPreviewJob(deps: ApiDeps, c: Context<ApiEnv>, source: string, asOf: string, limit: number) {
  const principal = principalOf(c);
  compileOrThrow(source); // a bad model is a 400 now, not a failed job later
  const scope = visibleAccountScope(principal);
  const accountIds = scope.all ? undefined : await AccountShareRepository.visibleAccountIds(deps.store.db, scope);
  return deps.background.start<ModelPreview>(
    'model-preview',
    principal.email,
    (progress) => previewModel(deps.store, { source, asOf, now: deps.now(), limit, ...(accountIds ? { accountIds } : {}), onProgress: (done, total) => progress({ done, total }) }),
    { writes: false },
  );
}

/** The scoring model: show, validate, preview, activate. */
export const modelRoutes: RouteGroup = (app, deps) => {
  const { store, now } = deps;

  app.openapi(listModels, async (c) => c.json({ items: (await ModelRepository.list(store.db)).map(summary) }, 200));

  app.openapi(showActive, async (c) => {
    await activeModel(store, { now: now(), actor: principalOf(c).email }); // stores the shipped default on first use
    const stored = await ModelRepository.active(store.db);
    if (!stored) throw new ApiProblem('not-found', 'No model is active.');
    return c.json(await detail(stored), 200);
  });

  app.openapi(showVersion, async (c) => {
    const stored = await ModelRepository.get(store.db, c.req.valid('param').version);
    if (!stored) throw new ApiProblem('not-found', `No model version "${c.req.valid('param').version}".`);
    return c.json(await detail(stored), 200);
  });

  app.openapi(validate, async (c) => {
    const model = compileOrThrow(await modelSource(c));
    const active = await ModelRepository.active(store.db);
    return c.json({ valid: true as const, name: model.name, version: model.version, scorecards: model.scorecards.map((s) => s.name), sameAsActive: active?.version === model.version }, 200);
  });

  app.openapi(startPreview, async (c) => {
    const query = c.req.valid('query');
    const job = await startPreviewJob(deps, c, await modelSource(c), query.asOf ?? now(), query.limit);
    c.header('location', `/api/v1/models/previews/${job.id}`);
    if (query.wait === 'true') {
      await deps.background.settled(job.id);
      return c.json(job as z.infer<typeof ModelPreviewJobSchema>, 200);
    }
    return c.json(job as z.infer<typeof ModelPreviewJobSchema>, 202);
  });

  app.openapi(showPreview, (c) => {
    const principal = principalOf(c);
    const job = deps.background.get(c.req.valid('param').id);
    // Someone else's preview is not found, unless one may manage models.
    if (!job || job.kind !== 'model-preview' || (job.createdBy !== principal.email && principal.role !== 'admin' && principal.role !== 'manager')) throw new ApiProblem('not-found', 'No such preview.');
    return c.json(job as z.infer<typeof ModelPreviewJobSchema>, 200);
  });

  app.openapi(activate, async (c) => {
    const principal = requireAction(c, 'manage_models');
    const { model, previous } = await activateModel(store, await modelSource(c), { now: now(), actor: principal.email });
    const stored = await ModelRepository.get(store.db, model.version);
    const changed = previous !== model.version;
    if (changed) deps.background.requestRescore();
    return c.json({ active: summary(stored!), previous: previous ?? null, rescoring: changed }, 200);
  });
};
