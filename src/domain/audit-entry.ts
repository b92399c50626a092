import { z } from 'zod';

/** Who changed what and when, with the state before and after. */
export const AuditEntrySchema = z.object({
  at: z.iso.datetime(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
