import { z } from '@hono/zod-openapi';

const ROLE = z.enum(['admin', 'manager', 'rep', 'viewer']);
const time = (description?: string) => z.string().openapi({ format: 'date-time', ...(description ? { description } : {}) });

export const UserSchema = z
  .object({
    id: z.number().int(),
    email: z.string().openapi({ format: 'email' }),
    name: z.string().optional(),
    role: ROLE,
    hasPassword: z.boolean(),
    createdAt: time(),
    updatedAt: time(),
    lastLoginAt: time().optional(),
    disabledAt: time().optional(),
  })
  .openapi('User');

export const MeSchema = z
  .object({ userId: z.number().int(), email: z.string(), name: z.string().optional(), role: ROLE, via: z.enum(['session', 'api_key', 'bootstrap']) })
  .openapi('Principal');

export const LoginSchema = z.object({ email: z.string().min(1), password: z.string().min(1) }).openapi('Login');
export const SessionSchema = z.object({ user: UserSchema, expiresAt: time('The session ends then unless used: each use extends it, up to 7 days after login') }).openapi('Session');

export const BootstrapSchema = z
  .object({ token: z.string().min(1).openapi({ description: 'The token the server printed at its first start' }), email: z.string(), name: z.string().optional(), password: z.string() })
  .openapi('Bootstrap');

export const NewUserSchema = z.object({ email: z.string(), name: z.string().optional(), role: ROLE, password: z.string().optional().openapi({ description: 'At least 12 characters; omit for a user with API keys only' }) }).openapi('NewUser');
export const UserChangeSchema = z
  .object({ role: ROLE.optional(), password: z.string().optional(), disabled: z.boolean().optional() })
  .refine((v) => v.role !== undefined || v.password !== undefined || v.disabled !== undefined, { message: 'give role, password or disabled' })
  .openapi('UserChange');

export const ApiKeySchema = z
  .object({
    prefix: z.string().openapi({ description: 'The public part, bw_<prefix>_…' }),
    name: z.string(),
    userEmail: z.string(),
    status: z.enum(['active', 'expired', 'revoked']),
    createdAt: time(),
    createdBy: z.string(),
    expiresAt: time().optional(),
    lastUsedAt: time().optional(),
    revokedAt: time().optional(),
    revokedBy: z.string().optional(),
  })
  .openapi('ApiKey');

export const NewApiKeySchema = z
  .object({ name: z.string().min(1).max(200), userEmail: z.string().optional().openapi({ description: "Whose key (admins only; default: yours). The key acts with that user's role." }), expiresAt: z.string().optional() })
  .openapi('NewApiKey');
export const CreatedApiKeySchema = z.object({ key: z.string().openapi({ description: 'The whole key. It is shown this once and cannot be read again.' }), apiKey: ApiKeySchema }).openapi('CreatedApiKey');

export const ShareSchema = z.object({ accountExternalId: z.string(), userEmail: z.string(), grantedBy: z.string(), createdAt: time() }).openapi('AccountShare');
