import { z } from 'zod';

export const MetricContributionSchema = z.object({
  metric: z.string(),
  rawValue: z.number().nullable(),
  normalized: z.number().nullable(),
  weight: z.number(),
  contribution: z.number(),
  /** Ids of the records behind the value: invoices, tickets, survey answers, activities. */
  evidence: z.array(z.object({ entity: z.string(), id: z.string() })),
});

export const ComponentScoreSchema = z.object({
  component: z.string(),
  score: z.number().nullable(),
  weight: z.number(),
  metrics: z.array(MetricContributionSchema),
});

export const ConfidenceSchema = z.object({
  value: z.number().min(0).max(1),
  low: z.number(),
  high: z.number(),
  reasons: z.array(z.string()),
});

/** A score of one account on one scorecard as of one moment, with everything that explains it. */
export const ScoreSnapshotSchema = z.object({
  accountExternalId: z.string(),
  scorecard: z.string(),
  modelName: z.string(),
  modelVersion: z.string(),
  asOf: z.iso.datetime(),
  rawScore: z.number(),
  score: z.number(),
  band: z.string(),
  components: z.array(ComponentScoreSchema),
  drivers: z.array(z.string()),
  confidence: ConfidenceSchema,
});
export type ScoreSnapshot = z.infer<typeof ScoreSnapshotSchema>;
