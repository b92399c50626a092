import { z } from 'zod';

export const OVERRIDE_MODES = ['absolute', 'delta'] as const;

/** A human adjustment of a score; the reason is required and it expires. */
export const OverrideSchema = z.object({
  accountExternalId: z.string().min(1),
  scorecard: z.string().min(1).optional(),
  mode: z.enum(OVERRIDE_MODES),
  value: z.number().min(-100).max(100),
  reason: z.string().min(3),
  authorEmail: z.string().email(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().optional(),
});
export type Override = z.infer<typeof OverrideSchema>;
