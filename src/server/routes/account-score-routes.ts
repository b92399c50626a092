import { createRoute, z } from '@hono/zod-openapi';
import { accountHistory, activeModel, listOverrides, listPulses, scoreOneAccount, scoreTrend } from '../../app/index.js';
import { explain, whyChanged } from '../../scoring/index.js';
import { RecordRepository } from '../../store/index.js';
import { principalOf, visibleAccount } from '../access-guard.js';
import { evidenceLinks } from '../evidence-link.js';
import { historyEvents } from '../history-events.js';
import { ApiProblem } from '../problem.js';
import { knownScorecard, orderedRange } from '../request-checks.js';
import { AccountPathParams, jsonContent, MomentParam } from '../schemas/common-schemas.js';
import { problemResponses } from '../schemas/problem-schema.js';
import { AccountExplanationSchema, AccountHistorySchema, WhyChangedSchema } from '../schemas/score-schemas.js';
import type { RouteGroup } from './route-group.js';

const DAY_MS = 86_400_000;
// An account has an outcome or two a year; this bounds a history request all the same.
const MAX_OUTCOMES = 1000;

const ScorecardQuery = z.string().min(1).optional().openapi({ description: 'Only this scorecard of the active model', example: 'health' });

const explainRoute = createRoute({
  method: 'get',
  path: '/api/v1/accounts/{externalId}/explain',
  tags: ['accounts'],
  summary: 'Why an account scores what it does: the account re-scored as of the moment, every evidence record, and the explanation in words',
  description:
    'Scores the account again under the active model as of `asOf` (the engine is deterministic, so it is the snapshot a run as of then stored, without the 5-a-metric cap on evidence). Each evidence item links to its record as known then.',
  request: {
    params: AccountPathParams,
    query: z.object({ asOf: MomentParam.optional().openapi({ type: 'string', format: 'date-time', description: 'The moment (default now)' }), scorecard: ScorecardQuery }),
  },
  responses: {
    200: { description: 'The scores with their components, metrics, evidence, drivers and confidence', content: jsonContent(AccountExplanationSchema) },
    ...problemResponses('invalid-request', 'unauthenticated', 'account-not-found'),
  },
});

const historyRoute = createRoute({
  method: 'get',
  path: '/api/v1/accounts/{externalId}/history',
  tags: ['accounts'],
  summary: "An account's stored scores of one scorecard over time under the active model, its 7/30/90 day trend, and the events a chart marks",
  request: {
    params: AccountPathParams,
    query: z.object({
      scorecard: ScorecardQuery.openapi({ description: "The scorecard (default: the model's first)" }),
      from: MomentParam.optional().openapi({ type: 'string', format: 'date-time', description: 'From this moment (default: the first snapshot)' }),
      to: MomentParam.optional().openapi({ type: 'string', format: 'date-time', description: 'Up to this moment (default now)' }),
    }),
  },
  responses: {
    200: { description: 'Snapshots oldest first, the trend as of the last one, and overrides, pulses and outcomes in the range', content: jsonContent(AccountHistorySchema) },
    ...problemResponses('invalid-request', 'unauthenticated', 'account-not-found'),
  },
});

const whyChangedRoute = createRoute({
  method: 'get',
  path: '/api/v1/accounts/{externalId}/why-changed',
  tags: ['accounts'],
  summary: "What moved an account's score between two moments, per scorecard, by component and metric, largest first",
  description:
    'Both moments are scored under the one active model, so a change of rules never reads as a change in the customer. 404 when the account was not yet known at `from` (there is nothing to compare with; pick a later `from`).',
  request: {
    params: AccountPathParams,
    query: z.object({
      from: MomentParam.openapi({ type: 'string', format: 'date-time', description: 'The earlier moment' }),
      to: MomentParam.optional().openapi({ type: 'string', format: 'date-time', description: 'The later moment (default now)' }),
      scorecard: ScorecardQuery,
    }),
  },
  responses: {
    200: { description: 'The change of each scorecard', content: jsonContent(WhyChangedSchema) },
    ...problemResponses('invalid-request', 'unauthenticated', 'account-not-found'),
  },
});

type Explained = z.infer<typeof AccountExplanationSchema>;
type History = z.infer<typeof AccountHistorySchema>;
type Changed = z.infer<typeof WhyChangedSchema>;

/** An account's scores explained, over time, and between two moments. */
export const accountScoreRoutes: RouteGroup = (app, { store, now }) => {
  app.openapi(explainRoute, async (c) => {
    const { externalId } = c.req.valid('param');
    const query = c.req.valid('query');
    const principal = principalOf(c);
    const account = await visibleAccount(store, principal, externalId);
    const at = now();
    const asOf = query.asOf ?? at;
    const { model } = await activeModel(store, { now: at, actor: principal.email });
    knownScorecard(query.scorecard, model);
    const result = await scoreOneAccount(store, model, account.externalId, asOf);
    if (!result) throw new ApiProblem('account-not-found', `Account "${externalId}" was not yet known at ${asOf}.`);
    const scorecards = result.scorecards.filter((s) => query.scorecard === undefined || s.scorecard === query.scorecard);
    const body: Explained = {
      account: account.externalId,
      asOf: result.asOf,
      model: { name: result.modelName, version: result.modelVersion },
      segment: result.segment,
      validUntil: result.validUntil,
      scorecards: scorecards.map((s) => ({ ...s, explanation: explain(s) })) as Explained['scorecards'],
      evidence: evidenceLinks(scorecards, account.externalId, result.asOf),
    };
    return c.json(body, 200);
  });

  app.openapi(historyRoute, async (c) => {
    const { externalId } = c.req.valid('param');
    const query = c.req.valid('query');
    const principal = principalOf(c);
    const account = await visibleAccount(store, principal, externalId);
    const at = now();
    const to = query.to ?? at;
    orderedRange(query.from, to);
    const { model } = await activeModel(store, { now: at, actor: principal.email });
    knownScorecard(query.scorecard, model);
    const scorecard = query.scorecard ?? model.scorecards[0]?.name ?? 'health';
    const range = { ...(query.from !== undefined ? { from: query.from } : {}), to };
    const rows = await accountHistory(store, model.version, account.externalId, scorecard, range);
    // The trend is the last score's, whatever the range starts at: it needs 90 days before it.
    const last = rows[rows.length - 1];
    const trendRows = last ? await accountHistory(store, model.version, account.externalId, scorecard, { from: new Date(Date.parse(last.as_of) - 91 * DAY_MS).toISOString(), to: last.as_of }) : [];
    const [overrides, pulses, outcomes] = await Promise.all([
      listOverrides(store, { account: account.externalId, now: at }),
      listPulses(store, { account: account.externalId, now: at }),
      RecordRepository.list(store.db, 'outcomes', { accountId: account.id, ...range, limit: MAX_OUTCOMES }),
    ]);
    const body: History = {
      account: account.externalId,
      scorecard,
      model: { name: model.name, version: model.version },
      from: query.from ?? null,
      to,
      points: rows.map((r) => ({ snapshotId: r.id, asOf: r.as_of, score: r.score, rawScore: r.raw_score, band: r.band, confidence: r.confidence })),
      trend: scoreTrend(trendRows),
      events: historyEvents({ scorecard, overrides, pulses, outcomes, ...range, now: at }),
    };
    return c.json(body, 200);
  });

  app.openapi(whyChangedRoute, async (c) => {
    const { externalId } = c.req.valid('param');
    const query = c.req.valid('query');
    const principal = principalOf(c);
    const account = await visibleAccount(store, principal, externalId);
    const at = now();
    const to = query.to ?? at;
    orderedRange(query.from, to);
    // Both moments under the one active model: a rule change never reads as a change in the customer.
    const { model } = await activeModel(store, { now: at, actor: principal.email });
    knownScorecard(query.scorecard, model);
    const after = await scoreOneAccount(store, model, account.externalId, to);
    if (!after) throw new ApiProblem('account-not-found', `Account "${externalId}" was not yet known at ${to}.`);
    const before = await scoreOneAccount(store, model, account.externalId, query.from);
    if (!before) throw new ApiProblem('account-not-found', `Account "${externalId}" was not yet known at ${query.from} (from); there is nothing to compare with, so pick a later from.`);
    const scorecards: Changed['scorecards'] = [];
    for (const s of after.scorecards) {
      if (query.scorecard !== undefined && s.scorecard !== query.scorecard) continue;
      const b = before.scorecards.find((x) => x.scorecard === s.scorecard);
      if (!b) continue;
      const why = whyChanged(b, s);
      // Same account, scorecard and model on both sides: whyChanged cannot refuse here.
      if (!why.ok) throw new Error(`why-changed refused ${externalId}/${s.scorecard}: ${why.message}`);
      const { ok: _ok, ...change } = why;
      scorecards.push(change as Changed['scorecards'][number]);
    }
    return c.json({ account: account.externalId, from: query.from, to, model: { name: model.name, version: model.version }, scorecards } satisfies Changed, 200);
  });
};
