import { createRoute, z } from '@hono/zod-openapi';
import { can, createApiKey, createUser, disableUser, enableUser, findUser, listApiKeys, listShares, listUsers, revokeApiKey, setPassword, setRole, shareAccount, unshareAccount } from '../../app/index.js';
import { principalOf, requireAction, visibleAccount } from '../access-guard.js';
import { ApiProblem } from '../problem.js';
import { ApiKeySchema, CreatedApiKeySchema, NewApiKeySchema, NewUserSchema, ShareSchema, UserChangeSchema, UserSchema } from '../schemas/access-schemas.js';
import { AccountPathParams, jsonContent } from '../schemas/common-schemas.js';
import { problemResponses } from '../schemas/problem-schema.js';
import type { RouteGroup } from './route-group.js';

const EmailParams = z.object({ email: z.string().min(3).openapi({ param: { name: 'email', in: 'path' }, example: 'ann@example.com' }) });
const PrefixParams = z.object({ prefix: z.string().min(1).openapi({ param: { name: 'prefix', in: 'path' } }) });
const ShareParams = AccountPathParams.extend({ email: EmailParams.shape.email });

const listUsersRoute = createRoute({
  method: 'get',
  path: '/api/v1/users',
  tags: ['access'],
  summary: 'Every user (admins)',
  responses: { 200: { description: 'Users', content: jsonContent(z.object({ items: z.array(UserSchema) })) }, ...problemResponses('unauthenticated', 'forbidden') },
});
const createUserRoute = createRoute({
  method: 'post',
  path: '/api/v1/users',
  tags: ['access'],
  summary: 'Create a user with a role (admins)',
  request: { body: { content: jsonContent(NewUserSchema), required: true } },
  responses: { 201: { description: 'Created', content: jsonContent(UserSchema) }, ...problemResponses('invalid-request', 'unauthenticated', 'forbidden', 'conflict') },
});
const changeUserRoute = createRoute({
  method: 'patch',
  path: '/api/v1/users/{email}',
  tags: ['access'],
  summary: "Change a user's role or password, or disable/enable them (admins)",
  request: { params: EmailParams, body: { content: jsonContent(UserChangeSchema), required: true } },
  responses: { 200: { description: 'Changed', content: jsonContent(UserSchema) }, ...problemResponses('invalid-request', 'unauthenticated', 'forbidden', 'not-found', 'conflict') },
});
const listKeysRoute = createRoute({
  method: 'get',
  path: '/api/v1/api-keys',
  tags: ['access'],
  summary: 'API keys: your own; admins see everyone’s (never the secrets)',
  request: { query: z.object({ user: z.string().optional().openapi({ description: 'Only this user’s keys (admins)' }) }) },
  responses: { 200: { description: 'Keys', content: jsonContent(z.object({ items: z.array(ApiKeySchema) })) }, ...problemResponses('unauthenticated', 'forbidden') },
});
const createKeyRoute = createRoute({
  method: 'post',
  path: '/api/v1/api-keys',
  tags: ['access'],
  summary: 'Create an API key; the whole key is in this response only',
  request: { body: { content: jsonContent(NewApiKeySchema), required: true } },
  responses: { 201: { description: 'Created', content: jsonContent(CreatedApiKeySchema) }, ...problemResponses('invalid-request', 'unauthenticated', 'forbidden', 'not-found') },
});
const revokeKeyRoute = createRoute({
  method: 'delete',
  path: '/api/v1/api-keys/{prefix}',
  tags: ['access'],
  summary: 'Revoke an API key: your own, or anyone’s (admins)',
  request: { params: PrefixParams },
  responses: { 200: { description: 'Revoked', content: jsonContent(ApiKeySchema) }, ...problemResponses('unauthenticated', 'not-found', 'conflict') },
});
const listSharesRoute = createRoute({
  method: 'get',
  path: '/api/v1/accounts/{externalId}/shares',
  tags: ['access'],
  summary: 'Who the account is shared with, beyond its owner',
  request: { params: AccountPathParams },
  responses: { 200: { description: 'Shares', content: jsonContent(z.object({ items: z.array(ShareSchema) })) }, ...problemResponses('unauthenticated', 'account-not-found') },
});
const shareRoute = createRoute({
  method: 'put',
  path: '/api/v1/accounts/{externalId}/shares/{email}',
  tags: ['access'],
  summary: 'Share the account with a rep (admins and managers)',
  request: { params: ShareParams },
  responses: { 200: { description: 'Shared (already or now)', content: jsonContent(ShareSchema) }, ...problemResponses('unauthenticated', 'forbidden', 'account-not-found', 'not-found') },
});
const unshareRoute = createRoute({
  method: 'delete',
  path: '/api/v1/accounts/{externalId}/shares/{email}',
  tags: ['access'],
  summary: 'Stop sharing the account with a user (admins and managers)',
  request: { params: ShareParams },
  responses: { 204: { description: 'No longer shared' }, ...problemResponses('unauthenticated', 'forbidden', 'account-not-found', 'not-found') },
});

const shareOut = (s: { accountExternalId: string; userEmail: string; grantedBy: string; createdAt: string }) => ({ accountExternalId: s.accountExternalId, userEmail: s.userEmail, grantedBy: s.grantedBy, createdAt: s.createdAt });

/** Users, API keys and account sharing. */
export const accessRoutes: RouteGroup = (app, { store, now }) => {
  app.openapi(listUsersRoute, async (c) => {
    requireAction(c, 'manage_users');
    return c.json({ items: await listUsers(store) }, 200);
  });

  app.openapi(createUserRoute, async (c) => {
    const actor = requireAction(c, 'manage_users');
    return c.json(await createUser(store, { ...c.req.valid('json'), actor: actor.email, now: now() }), 201);
  });

  app.openapi(changeUserRoute, async (c) => {
    const actor = requireAction(c, 'manage_users');
    const { email } = c.req.valid('param');
    const change = c.req.valid('json');
    const at = { actor: actor.email, now: now() };
    if (!(await findUser(store, email))) throw new ApiProblem('not-found', `No user ${email}.`);
    if (change.role !== undefined) await setRole(store, { email, role: change.role, ...at });
    if (change.password !== undefined) await setPassword(store, { email, password: change.password, ...at });
    if (change.disabled === true) await disableUser(store, { email, ...at });
    if (change.disabled === false) await enableUser(store, { email, ...at });
    return c.json((await findUser(store, email))!, 200);
  });

  app.openapi(listKeysRoute, async (c) => {
    const principal = principalOf(c);
    const { user } = c.req.valid('query');
    // Another user's keys only for those who manage them; without a filter they see everyone's, others their own.
    if (user !== undefined && user.toLowerCase() !== principal.email) requireAction(c, 'manage_api_keys_of_others');
    const all = user === undefined && can(principal, 'manage_api_keys_of_others');
    const keys = await listApiKeys(store, { ...(all ? {} : { userEmail: user ?? principal.email }), now: now() });
    return c.json({ items: keys.map(({ id: _id, userId: _userId, ...k }) => k) }, 200);
  });

  app.openapi(createKeyRoute, async (c) => {
    const principal = principalOf(c);
    const body = c.req.valid('json');
    const owner = body.userEmail?.toLowerCase() ?? principal.email;
    if (owner !== principal.email) requireAction(c, 'manage_api_keys_of_others');
    const created = await createApiKey(store, { userEmail: owner, name: body.name, ...(body.expiresAt ? { expiresAt: body.expiresAt } : {}), createdBy: principal.email, now: now() });
    const { id: _id, userId: _userId, ...apiKey } = created.apiKey;
    return c.json({ key: created.key, apiKey: { ...apiKey, status: 'active' as const } }, 201);
  });

  app.openapi(revokeKeyRoute, async (c) => {
    const principal = principalOf(c);
    const { prefix } = c.req.valid('param');
    const mine = (await listApiKeys(store, { userEmail: principal.email, now: now() })).some((k) => k.prefix === prefix);
    // Someone else's key is "not found" unless one manages keys of others.
    if (!mine && !can(principal, 'manage_api_keys_of_others')) throw new ApiProblem('not-found', `No API key ${prefix} of yours.`);
    const revoked = await revokeApiKey(store, { prefix, by: principal.email, now: now() });
    const { id: _id, userId: _userId, ...k } = revoked;
    return c.json({ ...k, status: 'revoked' as const }, 200);
  });

  app.openapi(listSharesRoute, async (c) => {
    const account = await visibleAccount(store, principalOf(c), c.req.valid('param').externalId);
    return c.json({ items: (await listShares(store, { account: account.externalId })).map(shareOut) }, 200);
  });

  app.openapi(shareRoute, async (c) => {
    const { externalId, email } = c.req.valid('param');
    const account = await visibleAccount(store, principalOf(c), externalId);
    const actor = requireAction(c, 'share_accounts');
    const { share } = await shareAccount(store, { account: account.externalId, userEmail: email, by: actor.email, now: now() });
    return c.json(shareOut(share), 200);
  });

  app.openapi(unshareRoute, async (c) => {
    const { externalId, email } = c.req.valid('param');
    const account = await visibleAccount(store, principalOf(c), externalId);
    const actor = requireAction(c, 'share_accounts');
    const removed = await unshareAccount(store, { account: account.externalId, userEmail: email, by: actor.email, now: now() });
    if (!removed) throw new ApiProblem('not-found', `${externalId} is not shared with ${email}.`);
    return c.body(null, 204);
  });
};
