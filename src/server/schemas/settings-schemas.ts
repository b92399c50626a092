import { z } from '@hono/zod-openapi';
import { ImportSettingsPatchSchema } from '../../app/index.js';

export const ImportSettingsSchema = z
  .object({
    internalDomains: z.array(z.string()).openapi({ description: 'Our email domains: everyone at them is one of us (internal users’ own domains count too)', example: ['ourco.com'] }),
    storeBodies: z.boolean().openapi({ description: 'false keeps only what is derived from message text (length, tone), never the text; bodies already stored stay' }),
  })
  .openapi('ImportSettings');

/** The app's patch schema (the one the CLI validates with), refusing an empty change. */
export const ImportSettingsPatchBody = ImportSettingsPatchSchema.refine((p) => p.internalDomains !== undefined || p.storeBodies !== undefined, { message: 'give internalDomains or storeBodies' }).openapi('ImportSettingsPatch', {
  description: 'The settings to change; the others stay. internalDomains replaces the list (`OurCo.com` or `https://www.ourco.com` become `ourco.com`).',
});
