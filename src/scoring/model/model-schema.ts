import { z } from 'zod';

/**
 * The shape of a model file. Structure only: whether a metric exists, a window parses or
 * bands tile 0..100 is checked by `checkModel`, which knows the catalogue.
 */

const name = z.string({ error: 'must be a name (text)' }).trim().min(1, { error: 'must not be empty' });
const weight = z.number({ error: (iss) => `weight ${JSON.stringify(iss.input)} is not a number` }).min(0, { error: 'a weight may not be negative' });
const score = z.number({ error: 'must be a number from 0 to 100' }).min(0, { error: 'must be 0 to 100' }).max(100, { error: 'must be 0 to 100' });
const num = z.number({ error: (iss) => `${JSON.stringify(iss.input)} is not a number` });

export const DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;

export const NormalizerSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('thresholds'), red: num, yellow: num, green: num }),
    z.strictObject({ type: z.literal('linear'), min: num, max: num }),
    z.strictObject({ type: z.literal('piecewise'), points: z.array(z.tuple([num, score]), { error: 'must be a list of [value, score] pairs' }).min(2, { error: 'needs at least two points' }) }),
    z.strictObject({
      type: z.literal('percentile'),
      within: z.enum(['segment', 'all'], { error: 'must be segment or all' }).default('segment'),
      minPopulation: z.number().int().min(1).default(10),
    }),
    z.strictObject({ type: z.literal('category'), map: z.record(z.string(), score), default: score.optional() }),
    z.strictObject({ type: z.literal('boolean') }),
  ],
  { error: 'type must be one of thresholds, linear, piecewise, percentile, category, boolean' },
);
export type NormalizerDefinition = z.infer<typeof NormalizerSchema>;

export const DecaySchema = z.strictObject({
  /** Past `staleAfterDays`, a metric's distance from neutral halves every `halfLifeDays`. */
  halfLifeDays: z.number().positive({ error: 'must be a positive number of days' }).default(90),
  staleAfterDays: z.number().min(0, { error: 'must be zero or more days' }).default(45),
});

export const MetricUseSchema = z.strictObject({
  metric: name,
  /** The metric's name in results; defaults to the catalogue name (with the series for custom metrics). */
  id: name.optional(),
  series: name.optional(),
  window: z.string({ error: 'must be a window such as 90d or "30d vs previous 90d"' }).optional(),
  aggregation: z.string().optional(),
  direction: z.enum(DIRECTIONS, { error: 'must be higher-is-better or lower-is-better' }).default('higher-is-better'),
  weight: weight.default(1),
  normalizer: NormalizerSchema,
  /** `false`: never decays (e.g. a contract fact); otherwise overrides the model's decay. */
  decay: z.union([z.literal(false), DecaySchema]).optional(),
});
export type MetricUse = z.infer<typeof MetricUseSchema>;

export const ComponentSchema = z.strictObject({
  weight,
  label: z.string().optional(),
  metrics: z.array(MetricUseSchema, { error: 'must be a list of metrics' }).min(1, { error: 'a component needs at least one metric' }),
});

export const BandSchema = z.strictObject({
  name,
  min: score,
  max: score,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour like #2e7d32' }).optional(),
});
export type Band = z.infer<typeof BandSchema>;

export const ScorecardSchema = z.strictObject({
  label: z.string().optional(),
  description: z.string().optional(),
  /** A risk scorecard: its score rises as the account gets worse, so every metric's normalized value is flipped (100 − x). */
  invert: z.boolean().default(false),
  bands: z.array(BandSchema).min(1).optional(),
  components: z.record(z.string(), ComponentSchema, { error: 'must map component names to components' }),
});

const matchValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.union([z.string(), z.number(), z.boolean()])).min(1),
  z.strictObject({ min: z.number().optional(), max: z.number().optional() }),
]);

export const SegmentSchema = z.strictObject({
  name,
  description: z.string().optional(),
  /** Every listed attribute must match (a list matches any of its values; {min, max} a range [min, max)). */
  match: z.record(z.string(), matchValue),
  scorecards: z
    .record(
      z.string(),
      z.strictObject({
        components: z.record(z.string(), z.strictObject({ weight })).default({}),
        metrics: z.record(z.string(), z.strictObject({ weight: weight.optional(), normalizer: NormalizerSchema.optional() })).default({}),
      }),
    )
    .default({}),
});
export type Segment = z.infer<typeof SegmentSchema>;

export const ModelSchema = z.strictObject({
  name,
  description: z.string().optional(),
  /** Custom account attributes (`attributes.<name>`) that segments may match on. */
  attributes: z.array(z.string()).default([]),
  decay: DecaySchema.default({ halfLifeDays: 90, staleAfterDays: 45 }),
  /** At most this many evidence ids are kept per metric (the newest). */
  evidenceLimit: z.number().int().min(0).default(20),
  bands: z.array(BandSchema).min(1, { error: 'needs at least one band' }),
  rollUp: z
    .strictObject({
      weightBy: z.enum(['arr', 'equal'], { error: 'must be arr or equal' }).default('arr'),
      /** The share of a parent's score that comes from its own signals (the rest from its children). */
      ownWeight: z.number().min(0).max(1, { error: 'must be 0 to 1' }).default(0.5),
    })
    .default({ weightBy: 'arr', ownWeight: 0.5 }),
  segments: z.array(SegmentSchema).default([]),
  scorecards: z.record(z.string(), ScorecardSchema, { error: 'must map scorecard names to scorecards' }),
});
export type ModelDefinition = z.infer<typeof ModelSchema>;
