import { createRoute } from '@hono/zod-openapi';
import { importSettings, updateImportSettings } from '../../app/index.js';
import { requireAction } from '../access-guard.js';
import { jsonContent } from '../schemas/common-schemas.js';
import { problemResponses } from '../schemas/problem-schema.js';
import { ImportSettingsPatchBody, ImportSettingsSchema } from '../schemas/settings-schemas.js';
import type { RouteGroup } from './route-group.js';

const getImportSettingsRoute = createRoute({
  method: 'get',
  path: '/api/v1/settings/import',
  tags: ['settings'],
  summary: 'How mail and meetings are imported: our internal domains, and whether message bodies are stored',
  description: 'Admins and managers (`read_settings`); reps and viewers get 403.',
  responses: {
    200: { description: 'The import settings', content: jsonContent(ImportSettingsSchema) },
    ...problemResponses('unauthenticated', 'forbidden'),
  },
});

const patchImportSettingsRoute = createRoute({
  method: 'patch',
  path: '/api/v1/settings/import',
  tags: ['settings'],
  summary: 'Change the import settings given; the others stay. Audited (`settings.update`)',
  description:
    'Admins only (`manage_settings`); everyone else gets 403. The settings rule later imports: bodies already stored stay stored, and mail already imported keeps the sides it was given.',
  request: { body: { content: jsonContent(ImportSettingsPatchBody), required: true } },
  responses: {
    200: { description: 'All import settings after the change', content: jsonContent(ImportSettingsSchema) },
    ...problemResponses('invalid-request', 'invalid-settings', 'unauthenticated', 'forbidden'),
  },
});

/** Settings kept in the store, so the CLI and the server agree. */
export const settingsRoutes: RouteGroup = (app, { store, now }) => {
  app.openapi(getImportSettingsRoute, async (c) => {
    requireAction(c, 'read_settings');
    const settings = await importSettings(store);
    return c.json({ internalDomains: [...settings.internalDomains], storeBodies: settings.storeBodies }, 200);
  });

  app.openapi(patchImportSettingsRoute, async (c) => {
    const principal = requireAction(c, 'manage_settings');
    const settings = await updateImportSettings(store, c.req.valid('json'), { actor: principal.email, at: now() });
    return c.json({ internalDomains: [...settings.internalDomains], storeBodies: settings.storeBodies }, 200);
  });
};
