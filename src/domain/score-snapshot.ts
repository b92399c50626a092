import { z } from 'zod';
import { OverrideSchema } from './override.js';

export const METRIC_STATUSES = ['ok', 'stale', 'missing'] as const;
export type MetricStatus = (typeof METRIC_STATUSES)[number];

export const EvidenceSchema = z.object({ entity: z.string(), id: z.string() });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const MetricContributionSchema = z.object({
  /** The metric's id in its scorecard (its catalogue name unless the model names it). */
  metric: z.string(),
  /** The catalogue metric that computed the value. */
  catalogue: z.string(),
  window: z.string().nullable(),
  /** What the metric measured: a number, a category (e.g. a pulse rating), or null for no data. */
  rawValue: z.union([z.number(), z.string()]).nullable(),
  /** 0..100 after normalizing (and decay toward 50 when stale); null when there was no data. */
  normalized: z.number().nullable(),
  /** 0..100 before decay. */
  undecayed: z.number().nullable(),
  status: z.enum(METRIC_STATUSES),
  /** The weight written in the model (after any segment override). */
  weight: z.number(),
  /** The share of the scorecard this metric carried after missing metrics were re-weighted; sums to 1. */
  effectiveWeight: z.number(),
  /** effectiveWeight × normalized: the points this metric added; all contributions sum to the raw score. */
  contribution: z.number(),
  /** effectiveWeight × (normalized − 50): points above or below a neutral score. */
  impact: z.number(),
  observedAt: z.string().optional(),
  /** 1 when fresh, toward 0 as the last observation ages past the model's staleness limit. */
  decay: z.number(),
  /** How many records produced the value. */
  samples: z.number(),
  /** Ids of the records behind the value: invoices, tickets, survey answers, activities. */
  evidence: z.array(EvidenceSchema),
});
export type MetricContribution = z.infer<typeof MetricContributionSchema>;

export const ComponentScoreSchema = z.object({
  component: z.string(),
  /** Weighted mean of the component's normalized metrics; null when none had data. */
  score: z.number().nullable(),
  weight: z.number(),
  effectiveWeight: z.number(),
  contribution: z.number(),
  metrics: z.array(MetricContributionSchema),
});
export type ComponentScore = z.infer<typeof ComponentScoreSchema>;

export const CONFIDENCE_REASON_KINDS = ['no_data', 'completeness', 'freshness', 'volume'] as const;

export const ConfidenceReasonSchema = z.object({
  kind: z.enum(CONFIDENCE_REASON_KINDS),
  message: z.string(),
  metrics: z.array(z.string()),
});
export type ConfidenceReason = z.infer<typeof ConfidenceReasonSchema>;

export const ConfidenceSchema = z.object({
  value: z.number().min(0).max(1),
  completeness: z.number().min(0).max(1),
  freshness: z.number().min(0).max(1),
  volume: z.number().min(0).max(1),
  /** The lowest and highest raw score if every missing or stale metric took its worst and best value. */
  low: z.number().nullable(),
  high: z.number().nullable(),
  reasons: z.array(ConfidenceReasonSchema),
});
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const DriverSchema = z.object({
  kind: z.enum(['metric', 'child']),
  /** A metric id, or a child account's external id. */
  id: z.string(),
  component: z.string(),
  impact: z.number(),
  direction: z.enum(['positive', 'negative']),
});
export type Driver = z.infer<typeof DriverSchema>;

export const AppliedOverrideSchema = OverrideSchema.extend({
  /** False when the override could not apply (a delta on an account with no score). */
  applied: z.boolean(),
});
export type AppliedOverride = z.infer<typeof AppliedOverrideSchema>;

/** A score of one account on one scorecard as of one moment, with everything that explains it. */
export const ScoreSnapshotSchema = z.object({
  accountExternalId: z.string(),
  scorecard: z.string(),
  modelName: z.string(),
  modelVersion: z.string(),
  asOf: z.iso.datetime(),
  /** The model segment whose overrides applied, if any. */
  segment: z.string().nullable(),
  /** The computed score, before any override; null when the account has no data. */
  rawScore: z.number().nullable(),
  /** The score after an override, rounded to one decimal; null when there is nothing to score. */
  score: z.number().nullable(),
  band: z.string().nullable(),
  override: AppliedOverrideSchema.nullable(),
  components: z.array(ComponentScoreSchema),
  drivers: z.array(DriverSchema),
  confidence: ConfidenceSchema,
});
export type ScoreSnapshot = z.infer<typeof ScoreSnapshotSchema>;
