import { z } from '@hono/zod-openapi';
import { OverrideSchema, PULSE_RATINGS, PulseSchema } from '../../domain/index.js';
import { MomentParam } from './common-schemas.js';
import { wireSchema } from './wire-schema.js';

const Time = z.string().openapi({ format: 'date-time' });

/** How an override or pulse ended early, and where it stands now. */
const ended = {
  id: z.number().int(),
  status: z.enum(['active', 'expired', 'revoked']).openapi({ description: 'Where it stands now: in force, past its expiry, or ended early' }),
  revokedAt: Time.optional(),
  revokedBy: z.string().optional(),
  revokeReason: z.string().optional(),
};

export const StoredOverrideSchema = (wireSchema(OverrideSchema) as z.ZodObject).extend(ended).openapi('Override');
export const StoredPulseSchema = (wireSchema(PulseSchema) as z.ZodObject).extend(ended).openapi('Pulse');

export const OverrideListSchema = z.object({ items: z.array(StoredOverrideSchema).openapi({ description: 'Every override of the account, ended ones too, newest first' }) }).openapi('OverrideList');
export const PulseListSchema = z.object({ items: z.array(StoredPulseSchema).openapi({ description: 'Every pulse of the account, ended ones too, newest first' }) }).openapi('PulseList');

export const CreatedPulseSchema = z
  .object({
    pulse: StoredPulseSchema,
    superseded: z.array(StoredPulseSchema).openapi({ description: 'Your pulses on the account that this one replaced (revoked as of now)' }),
  })
  .openapi('CreatedPulse');

const expiresAt = (days: number) => MomentParam.optional().openapi({ type: 'string', format: 'date-time', description: `When it stops applying; must be after now (default ${days} days from now)`, example: '2027-01-31' });

// The author is whoever is signed in; a body that names one is not asked.
export const NewOverrideSchema = z
  .object({
    set: z.number().min(0).max(100).optional().openapi({ description: 'Set the score to this value (absolute); give set or delta' }),
    delta: z.number().min(-100).max(100).optional().openapi({ description: 'Shift the computed score by this much; give set or delta' }),
    scorecard: z.string().trim().min(1).optional().openapi({ description: 'Only this scorecard (default: every scorecard)', example: 'health' }),
    reason: z.string().trim().min(3, 'a reason of at least 3 characters is required').openapi({ example: 'champion left, renewal at risk' }),
    expiresAt: expiresAt(30),
  })
  .superRefine((body, ctx) => {
    if ((body.set === undefined) === (body.delta === undefined)) ctx.addIssue({ code: 'custom', path: [body.set === undefined ? 'set' : 'delta'], message: 'give exactly one of set (an absolute score) and delta (a shift of the score)' });
  })
  .openapi('NewOverride');

export const NewPulseSchema = z
  .object({
    rating: z.enum(PULSE_RATINGS),
    note: z.string().trim().min(1, 'a note saying why is required').openapi({ example: 'sponsor leaving in January' }),
    expiresAt: expiresAt(90),
  })
  .openapi('NewPulse');

export const EndHumanInputSchema = z
  .object({ reason: z.string().trim().min(3, 'a reason of at least 3 characters is required').openapi({ example: 'escalation resolved' }) })
  .openapi('EndReason');

export const HumanInputIdParams = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, type: 'integer', example: 3 }),
});
