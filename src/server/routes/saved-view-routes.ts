import { createRoute, z } from '@hono/zod-openapi';
import { deleteSavedView, listSavedViews, MAX_SAVED_VIEWS, saveView } from '../../app/index.js';
import { principalOf } from '../access-guard.js';
import { ApiProblem } from '../problem.js';
import { jsonContent } from '../schemas/common-schemas.js';
import { problemResponses } from '../schemas/problem-schema.js';
import { NewSavedViewSchema, SavedViewParams, SavedViewSchema, type SavedViewQuery } from '../schemas/saved-view-schemas.js';
import type { RouteGroup } from './route-group.js';

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/saved-views',
  tags: ['saved views'],
  summary: 'Your saved portfolio views, by name',
  responses: { 200: { description: 'Your views', content: jsonContent(z.object({ items: z.array(SavedViewSchema) })) }, ...problemResponses('unauthenticated') },
});

const saveRoute = createRoute({
  method: 'post',
  path: '/api/v1/saved-views',
  tags: ['saved views'],
  summary: 'Save the portfolio filters and sort under a name (replaces your view of that name)',
  request: { body: { content: jsonContent(NewSavedViewSchema), required: true } },
  responses: {
    200: { description: 'Your view of that name, replaced', content: jsonContent(SavedViewSchema) },
    201: { description: 'Saved', content: jsonContent(SavedViewSchema) },
    ...problemResponses('invalid-request', 'unauthenticated', 'conflict'),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/v1/saved-views/{id}',
  tags: ['saved views'],
  summary: 'Delete one of your saved views',
  request: { params: SavedViewParams },
  responses: { 204: { description: 'Deleted' }, ...problemResponses('unauthenticated', 'not-found') },
});

/** Each user's saved portfolio views: personal, so every role keeps its own and no one sees another's. */
export const savedViewRoutes: RouteGroup = (app, { store, now }) => {
  app.openapi(listRoute, async (c) => {
    const items = await listSavedViews<SavedViewQuery>(store, principalOf(c).userId);
    return c.json({ items }, 200);
  });

  app.openapi(saveRoute, async (c) => {
    const { name, query } = c.req.valid('json');
    const saved = await saveView(store, { userId: principalOf(c).userId, name, query, now: now() });
    if (saved === 'full') throw new ApiProblem('conflict', `You keep ${MAX_SAVED_VIEWS} saved views already; delete one first.`);
    return c.json(saved.view, saved.created ? 201 : 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const { id } = c.req.valid('param');
    // Another user's view is not found either: its existence is not told.
    if (!(await deleteSavedView(store, principalOf(c).userId, id))) throw new ApiProblem('not-found', `You have no saved view ${id}.`);
    return c.body(null, 204);
  });
};
