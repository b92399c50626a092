import { z } from '@hono/zod-openapi';
import { OUTCOME_KINDS, OVERRIDE_MODES, PULSE_RATINGS, ScoreSnapshotSchema } from '../../domain/index.js';
import type { Explanation, WhyChanged } from '../../scoring/index.js';
import { RECORD_KINDS } from '../../store/index.js';
import type { EvidenceLink } from '../evidence-link.js';
import { TrendSchema } from './account-schemas.js';
import { wireSchema } from './wire-schema.js';

const ModelRefSchema = z.object({ name: z.string(), version: z.string() }).openapi('ModelRef');
const Time = z.string().openapi({ format: 'date-time' });

// ---- explain

export const ExplanationSchema = z
  .object({
    headline: z.string().openapi({ example: 'health 62.3 (Neutral), confidence 0.71, could be 55.0–80.2' }),
    override: z.string().nullable().openapi({ description: 'Set when a human override changed the score' }),
    components: z.array(z.string()).openapi({ description: 'One line per component, in model order' }),
    drivers: z.array(z.string()).openapi({ description: 'The drivers in words, strongest first' }),
    caveats: z.array(z.string()).openapi({ description: 'Why the confidence is not 1' }),
  })
  .openapi('Explanation');

export const EvidenceLinkSchema = z
  .object({
    entity: z.string().openapi({ example: 'invoice' }),
    id: z.string().openapi({ description: 'The id the snapshot names it by (unique within the account)', example: 'INV-0001' }),
    kind: z.enum(RECORD_KINDS).nullable().openapi({ description: 'The record kind; null for the account itself, a child account or a pulse' }),
    href: z.string().openapi({ description: 'Where to read it, as known at the moment scored', example: '/api/v1/records/invoices/INV-0001?account=ACC-000002&asOf=2026-12-01T00%3A00%3A00.000Z' }),
    usedBy: z.array(z.object({ scorecard: z.string(), component: z.string(), metric: z.string() })),
  })
  .openapi('EvidenceLink');

export const ExplainedScorecardSchema = (wireSchema(ScoreSnapshotSchema) as z.ZodObject).extend({ explanation: ExplanationSchema }).openapi('ExplainedScorecard');

export const AccountExplanationSchema = z
  .object({
    account: z.string(),
    asOf: Time,
    model: ModelRefSchema,
    segment: z.string().nullable(),
    validUntil: Time.nullable().openapi({ description: 'When these scores could change with no new data' }),
    scorecards: z.array(ExplainedScorecardSchema),
    evidence: z.array(EvidenceLinkSchema).openapi({ description: 'Every record behind the scores, once each, with no cap (stored snapshots keep 5 a metric)' }),
  })
  .openapi('AccountExplanation');

// ---- history

export const HistoryPointSchema = z
  .object({
    snapshotId: z.number().int(),
    asOf: Time,
    score: z.number().nullable(),
    rawScore: z.number().nullable(),
    band: z.string().nullable(),
    confidence: z.number(),
  })
  .openapi('HistoryPoint');

const change = z.enum(['created', 'expired', 'revoked']).openapi({ description: 'created; expired (its expiry passed); revoked (ended early, or a pulse superseded by the same author)' });
const eventReason = z.string().nullable().openapi({ description: "Why: an override's reason or a pulse's note when created, the reason given when revoked, null when it expired" });

export const HistoryEventSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('override'), change, at: Time, overrideId: z.number().int(), scorecard: z.string().nullable().openapi({ description: 'null: every scorecard' }), mode: z.enum(OVERRIDE_MODES), value: z.number(), by: z.string(), reason: eventReason }).openapi('OverrideEvent'),
    z.object({ kind: z.literal('pulse'), change, at: Time, pulseId: z.number().int(), rating: z.enum(PULSE_RATINGS), by: z.string(), reason: eventReason }).openapi('PulseEvent'),
    z
      .object({ kind: z.literal('outcome'), at: Time.openapi({ description: "The outcome's date, at midnight UTC" }), recordId: z.number().int(), recordKey: z.string(), outcome: z.enum(OUTCOME_KINDS), arrBefore: z.number().nullable(), arrAfter: z.number().nullable() })
      .openapi('OutcomeEvent'),
  ])
  .openapi('HistoryEvent');

export const AccountHistorySchema = z
  .object({
    account: z.string(),
    scorecard: z.string(),
    model: ModelRefSchema,
    from: Time.nullable(),
    to: Time,
    points: z.array(HistoryPointSchema).openapi({ description: 'Stored snapshots of the active model, oldest first' }),
    trend: TrendSchema,
    events: z.array(HistoryEventSchema).openapi({ description: 'What people did and what happened in the range, oldest first, for a chart to mark' }),
  })
  .openapi('AccountHistory');

// ---- why-changed

const MetricSideSchema = z.object({ rawValue: z.union([z.number(), z.string()]).nullable(), normalized: z.number().nullable(), contribution: z.number() }).nullable();

export const ScorecardChangeSchema = z
  .object({
    scorecard: z.string(),
    from: Time,
    to: Time,
    modelVersion: z.string(),
    scoreDelta: z.number().nullable().openapi({ description: 'Change of the final score; null when either side has none' }),
    rawDelta: z.number().openapi({ description: 'Change of the raw score: the sum of the component deltas' }),
    overrideDelta: z.number().openapi({ description: 'The part of scoreDelta due to overrides rather than signals' }),
    bandBefore: z.string().nullable(),
    bandAfter: z.string().nullable(),
    components: z
      .array(
        z.object({
          component: z.string(),
          delta: z.number(),
          metrics: z.array(z.object({ metric: z.string(), before: MetricSideSchema, after: MetricSideSchema, delta: z.number().openapi({ description: 'Points of the raw score' }) })),
        }),
      )
      .openapi({ description: 'Largest absolute change first, and so are their metrics' }),
  })
  .openapi('ScorecardChange');

export const WhyChangedSchema = z
  .object({
    account: z.string(),
    from: Time,
    to: Time,
    model: ModelRefSchema,
    scorecards: z.array(ScorecardChangeSchema),
  })
  .openapi('WhyChanged');

// The hand-written schemas above describe types of the engine, which has no zod schema for
// them: these fail to compile when the engine's types and the schemas part.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type DeepMutable<T> = T extends readonly (infer E)[] ? DeepMutable<E>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
const sameExplanation: Same<z.infer<typeof ExplanationSchema>, DeepMutable<Explanation>> = true;
const sameChange: Same<z.infer<typeof ScorecardChangeSchema>, DeepMutable<Omit<Extract<WhyChanged, { ok: true }>, 'ok'>>> = true;
const sameEvidence: Same<z.infer<typeof EvidenceLinkSchema>, DeepMutable<EvidenceLink>> = true;
void [sameExplanation, sameChange, sameEvidence];
