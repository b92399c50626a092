import { createRoute, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { activeModel, expireOverride, expirePulse, listOverrides, listPulses, setOverride, setPulse, type ListedOverride, type ListedPulse } from '../../app/index.js';
import { OverrideRepository, PulseRepository, type Store, type StoredOverride, type StoredPulse } from '../../store/index.js';
import { principalOf, visibleAccount, writableAccount } from '../access-guard.js';
import type { ApiEnv } from '../api-env.js';
import { ApiProblem } from '../problem.js';
import { knownScorecard } from '../request-checks.js';
import { AccountPathParams, jsonContent } from '../schemas/common-schemas.js';
import { CreatedPulseSchema, EndHumanInputSchema, HumanInputIdParams, NewOverrideSchema, NewPulseSchema, OverrideListSchema, PulseListSchema, StoredOverrideSchema, StoredPulseSchema } from '../schemas/human-input-schemas.js';
import { problemResponses } from '../schemas/problem-schema.js';
import type { RouteGroup } from './route-group.js';

const WHO_WRITES = 'Admins and managers on any account, a rep on their own (owned or shared); a viewer may not (403). The author is the signed-in user.';

const listOverridesRoute = createRoute({
  method: 'get',
  path: '/api/v1/accounts/{externalId}/overrides',
  tags: ['overrides'],
  summary: "An account's overrides, ended ones too, newest first",
  request: { params: AccountPathParams },
  responses: { 200: { description: 'The overrides', content: jsonContent(OverrideListSchema) }, ...problemResponses('unauthenticated', 'account-not-found') },
});

const createOverrideRoute = createRoute({
  method: 'post',
  path: '/api/v1/accounts/{externalId}/overrides',
  tags: ['overrides'],
  summary: "Override an account's score: set it (0..100) or shift it (-100..100), with a reason, until it expires",
  description: `${WHO_WRITES} Without a scorecard it applies to every scorecard; without expiresAt it lasts 30 days. The account is rescored in the background.`,
  request: { params: AccountPathParams, body: { content: jsonContent(NewOverrideSchema), required: true } },
  responses: {
    201: { description: 'The override as stored', content: jsonContent(StoredOverrideSchema) },
    ...problemResponses('invalid-request', 'invalid-human-input', 'unauthenticated', 'forbidden', 'account-not-found'),
  },
});

const expireOverrideRoute = createRoute({
  method: 'post',
  path: '/api/v1/overrides/{id}/expire',
  tags: ['overrides'],
  summary: 'End an override now, before its expiry; it is kept, marked revoked (when, by whom, why)',
  description: `${WHO_WRITES} An override of an account you may not see is answered as missing (404).`,
  request: { params: HumanInputIdParams, body: { content: jsonContent(EndHumanInputSchema), required: true } },
  responses: {
    200: { description: 'The override as ended', content: jsonContent(StoredOverrideSchema) },
    ...problemResponses('invalid-request', 'unauthenticated', 'forbidden', 'not-found', 'conflict'),
  },
});

const listPulsesRoute = createRoute({
  method: 'get',
  path: '/api/v1/accounts/{externalId}/pulses',
  tags: ['pulses'],
  summary: "An account's pulses (reps' red/yellow/green ratings), ended ones too, newest first",
  request: { params: AccountPathParams },
  responses: { 200: { description: 'The pulses', content: jsonContent(PulseListSchema) }, ...problemResponses('unauthenticated', 'account-not-found') },
});

const createPulseRoute = createRoute({
  method: 'post',
  path: '/api/v1/accounts/{externalId}/pulses',
  tags: ['pulses'],
  summary: 'Give your pulse of an account: red, yellow or green with a note; it supersedes your previous one',
  description: `${WHO_WRITES} Without expiresAt it lasts 90 days. The account is rescored in the background.`,
  request: { params: AccountPathParams, body: { content: jsonContent(NewPulseSchema), required: true } },
  responses: {
    201: { description: 'The pulse, and yours it superseded', content: jsonContent(CreatedPulseSchema) },
    ...problemResponses('invalid-request', 'invalid-human-input', 'unauthenticated', 'forbidden', 'account-not-found'),
  },
});

const expirePulseRoute = createRoute({
  method: 'post',
  path: '/api/v1/pulses/{id}/expire',
  tags: ['pulses'],
  summary: 'End a pulse now, before its expiry',
  description: `${WHO_WRITES} A pulse of an account you may not see is answered as missing (404).`,
  request: { params: HumanInputIdParams, body: { content: jsonContent(EndHumanInputSchema), required: true } },
  responses: {
    200: { description: 'The pulse as ended', content: jsonContent(StoredPulseSchema) },
    ...problemResponses('invalid-request', 'unauthenticated', 'forbidden', 'not-found', 'conflict'),
  },
});

type WireOverride = z.infer<typeof StoredOverrideSchema>;
type WirePulse = z.infer<typeof StoredPulseSchema>;

// Our account id stays inside: the API names accounts by external id.
const overrideOut = ({ accountId: _id, ...o }: ListedOverride): WireOverride => o as WireOverride;
const pulseOut = ({ accountId: _id, ...p }: ListedPulse): WirePulse => p as WirePulse;
// A record just written: ended early (revoked) or in force.
const withStatus = <T extends StoredOverride | StoredPulse>(r: T) => ({ ...r, status: r.revokedAt !== undefined ? ('revoked' as const) : ('active' as const) });

/**
 * The account an override or pulse belongs to, if the principal may change it. One on an
 * account they may not see is answered exactly like one that does not exist.
 */
async function writableOwner(c: Context<ApiEnv>, store: Store, what: 'override' | 'pulse', id: number, record: { accountExternalId: string } | undefined): Promise<void> {
  const missing = new ApiProblem('not-found', `No ${what} #${id}.`);
  if (!record) throw missing;
  try {
    await writableAccount(store, principalOf(c), record.accountExternalId);
  } catch (error) {
    throw error instanceof ApiProblem && error.type === 'account-not-found' ? missing : error;
  }
}

/** Overrides and pulses: what people who know an account say about it, and when they take it back. */
export const humanInputRoutes: RouteGroup = (app, { store, now, background }) => {
  app.openapi(listOverridesRoute, async (c) => {
    const account = await visibleAccount(store, principalOf(c), c.req.valid('param').externalId);
    const items = await listOverrides(store, { account: account.externalId, now: now() });
    return c.json({ items: items.map(overrideOut) }, 200);
  });

  app.openapi(createOverrideRoute, async (c) => {
    const principal = principalOf(c);
    const account = await writableAccount(store, principal, c.req.valid('param').externalId);
    const body = c.req.valid('json');
    const at = now();
    if (body.scorecard !== undefined) knownScorecard(body.scorecard, (await activeModel(store, { now: at, actor: principal.email })).model, 'body');
    const stored = await setOverride(store, {
      account: account.externalId,
      ...(body.set !== undefined ? { set: body.set } : {}),
      ...(body.delta !== undefined ? { delta: body.delta } : {}),
      ...(body.scorecard !== undefined ? { scorecard: body.scorecard } : {}),
      ...(body.expiresAt !== undefined ? { expiresAt: body.expiresAt } : {}),
      reason: body.reason,
      author: principal.email,
      now: at,
    });
    background.requestRescore();
    return c.json(overrideOut(withStatus(stored)), 201);
  });

  app.openapi(expireOverrideRoute, async (c) => {
    const { id } = c.req.valid('param');
    await writableOwner(c, store, 'override', id, await OverrideRepository.get(store.db, id));
    const after = await expireOverride(store, { id, author: principalOf(c).email, reason: c.req.valid('json').reason, now: now() });
    background.requestRescore();
    return c.json(overrideOut(withStatus(after)), 200);
  });

  app.openapi(listPulsesRoute, async (c) => {
    const account = await visibleAccount(store, principalOf(c), c.req.valid('param').externalId);
    const items = await listPulses(store, { account: account.externalId, now: now() });
    return c.json({ items: items.map(pulseOut) }, 200);
  });

  app.openapi(createPulseRoute, async (c) => {
    const principal = principalOf(c);
    const account = await writableAccount(store, principal, c.req.valid('param').externalId);
    const body = c.req.valid('json');
    const result = await setPulse(store, { account: account.externalId, rating: body.rating, note: body.note, ...(body.expiresAt !== undefined ? { expiresAt: body.expiresAt } : {}), author: principal.email, now: now() });
    background.requestRescore();
    return c.json({ pulse: pulseOut(withStatus(result.pulse)), superseded: result.superseded.map((p) => pulseOut(withStatus(p))) }, 201);
  });

  app.openapi(expirePulseRoute, async (c) => {
    const { id } = c.req.valid('param');
    await writableOwner(c, store, 'pulse', id, await PulseRepository.get(store.db, id));
    const after = await expirePulse(store, { id, author: principalOf(c).email, reason: c.req.valid('json').reason, now: now() });
    background.requestRescore();
    return c.json(pulseOut(withStatus(after)), 200);
  });
};
