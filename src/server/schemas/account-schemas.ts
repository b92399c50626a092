import { z } from '@hono/zod-openapi';
import { AccountSchema, ScoreSnapshotSchema } from '../../domain/index.js';
import { wireSchema } from './wire-schema.js';

/** An account as imported (its current version, or the one known at `asOf`). */
export const AccountRecordSchema = (wireSchema(AccountSchema) as z.ZodObject)
  .extend({ knownAt: z.string().openapi({ format: 'date-time', description: 'When Bellwether learned this version' }) })
  .openapi('Account');

export const TrendSchema = z
  .object({
    d7: z.number().nullable().openapi({ description: 'Change of the score over 7 days; null without a score that old' }),
    d30: z.number().nullable(),
    d90: z.number().nullable(),
  })
  .openapi('Trend');

/** One scorecard's stored snapshot with its trend. */
export const ScorecardScoreSchema = (wireSchema(ScoreSnapshotSchema) as z.ZodObject)
  .extend({
    snapshotId: z.number().int(),
    trend: TrendSchema,
    validUntil: z.string().nullable().openapi({ format: 'date-time', description: 'When the score could change with no new data (a window passing, data growing stale)' }),
    evidenceComplete: z.boolean().openapi({ description: 'False when a metric had more evidence records than a snapshot keeps; GET …/explain lists them all' }),
  })
  .openapi('ScorecardScore');

export const AccountDetailSchema = z
  .object({
    account: AccountRecordSchema,
    asOf: z.string().openapi({ format: 'date-time' }),
    model: z.object({ name: z.string(), version: z.string() }),
    scorecards: z.array(ScorecardScoreSchema),
  })
  .openapi('AccountDetail');

export const PortfolioRowSchema = z
  .object({
    externalId: z.string(),
    name: z.string(),
    segment: z.string().nullable(),
    ownerEmail: z.string().nullable(),
    arr: z.number().nullable(),
    currency: z.string().nullable(),
    renewalDate: z.string().nullable().openapi({ format: 'date' }),
    score: z.number().nullable().openapi({ description: 'The current score on the scorecard asked for; null when not scored yet' }),
    band: z.string().nullable(),
    confidence: z.number().nullable(),
    score30dAgo: z.number().nullable(),
    change30d: z.number().nullable().openapi({ description: 'score − score30dAgo' }),
    change7d: z.number().nullable().openapi({ description: 'score − the score 7 days before asOf; null without a score that old' }),
    topDriver: z.string().nullable().openapi({ description: 'The strongest driver, "component.metric"' }),
    asOf: z.string().nullable().openapi({ format: 'date-time' }),
  })
  .openapi('PortfolioRow');

/** A portfolio row in a JSON page: with its trend sparkline. */
export const PortfolioPageRowSchema = PortfolioRowSchema.extend({
  trend: z.array(z.number().nullable()).openapi({ description: 'The score in force at asOf and at each of the 7 weeks before, oldest first (8 points; null before the first score); empty when not scored' }),
}).openapi('PortfolioPageRow');

export const PortfolioTotalsSchema = z
  .object({
    accounts: z.number().int(),
    arr: z.number(),
    currencies: z.array(z.string()).openapi({ description: 'More than one: the sums mix currencies' }),
    byBand: z.array(z.object({ band: z.string().nullable(), accounts: z.number().int(), arr: z.number() })),
  })
  .openapi('PortfolioTotals');

export const PortfolioPageSchema = z
  .object({
    scorecard: z.string(),
    modelVersion: z.string(),
    items: z.array(PortfolioPageRowSchema),
    nextCursor: z.string().nullable(),
    totals: PortfolioTotalsSchema.optional().openapi({ description: 'With include=totals: counts and ARR of every matching account, by band' }),
  })
  .openapi('PortfolioPage');
