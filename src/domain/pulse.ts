import { z } from 'zod';

export const PULSE_RATINGS = ['red', 'yellow', 'green'] as const;
export type PulseRating = (typeof PULSE_RATINGS)[number];

/** A rep's own judgement of an account, with a note and an expiry. */
export const PulseSchema = z.object({
  accountExternalId: z.string().min(1),
  rating: z.enum(PULSE_RATINGS),
  note: z.string().min(1),
  authorEmail: z.string().email(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().optional(),
});
export type Pulse = z.infer<typeof PulseSchema>;
