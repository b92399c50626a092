import { z } from '@hono/zod-openapi';
import { AuditEntrySchema } from '../../domain/index.js';
import { MomentParam, pageOf, PageQuery } from './common-schemas.js';
import { wireSchema } from './wire-schema.js';

export const StoredAuditEntrySchema = (wireSchema(AuditEntrySchema) as z.ZodObject)
  .extend({
    id: z.number().int(),
    accountExternalId: z.string().optional().openapi({ description: 'The account the change concerns; absent for model activations' }),
  })
  .openapi('AuditEntry');

export const AuditPageSchema = pageOf(StoredAuditEntrySchema).openapi('AuditPage');

/** Filters of the audit trail, on top of a page. */
export const AuditFilterQuery = PageQuery.extend({
  entity: z.enum(['override', 'pulse', 'model', 'address', 'setting']).optional().openapi({ description: 'Only changes to this kind of thing' }),
  actor: z.string().trim().min(1).optional().openapi({ description: 'Only changes by this person (email, any case)', example: 'ann@example.com' }),
  since: MomentParam.optional().openapi({ type: 'string', format: 'date-time', description: 'Entries at or after this moment' }),
  until: MomentParam.optional().openapi({ type: 'string', format: 'date-time', description: 'Entries before this moment' }),
});

export const AuditQuery = AuditFilterQuery.extend({
  account: z.string().min(1).optional().openapi({ description: "Only changes about this account (its id in your CRM)", example: 'ACC-000002' }),
});
