import { z } from 'zod';

export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export const ALERT_SEVERITIES = ['info', 'warning', 'critical'] as const;

/** A rule firing for an account; delivered through notification channels. */
export const AlertSchema = z.object({
  accountExternalId: z.string(),
  rule: z.string(),
  severity: z.enum(ALERT_SEVERITIES),
  status: z.enum(ALERT_STATUSES),
  message: z.string(),
  openedAt: z.iso.datetime(),
  resolvedAt: z.iso.datetime().optional(),
});
export type Alert = z.infer<typeof AlertSchema>;

/** One attempt to deliver an alert to a channel. */
export const DeliverySchema = z.object({
  channel: z.string(),
  attemptedAt: z.iso.datetime(),
  status: z.enum(['sent', 'failed']),
  error: z.string().optional(),
});
export type Delivery = z.infer<typeof DeliverySchema>;
