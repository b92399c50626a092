import { OverrideSchema, type Override } from '../domain/index.js';
import { AuditRepository, OverrideRepository, type Store, type StoredOverride } from '../store/index.js';
import { HumanInputError, type HumanInputErrorCode } from './human-input-error.js';
import { checkEnd, checkSchema, type EndInput } from './human-input-checks.js';
import { canonicalTime, expiryAfter, statusAt, type HumanInputStatus } from './human-input-time.js';
import { resolveAccount } from './resolve-account.js';

/** An override without an expiry given lasts this long: the issue asks that every override expire. */
export const DEFAULT_OVERRIDE_DAYS = 30;

export interface SetOverrideInput {
  /** The account's external id. */
  readonly account: string;
  /** Omitted: the override applies to every scorecard. */
  readonly scorecard?: string;
  /** An absolute score, 0..100. */
  readonly set?: number;
  /** A shift of the computed score, -100..100. */
  readonly delta?: number;
  readonly reason: string;
  /** Default: {@link DEFAULT_OVERRIDE_DAYS} days after `now`. */
  readonly expiresAt?: string;
  /** An email address. */
  readonly author: string;
  readonly now: string;
}

const FIELD_CODES: Readonly<Record<string, HumanInputErrorCode>> = { value: 'invalid_value', reason: 'reason_required', authorEmail: 'invalid_author', scorecard: 'invalid_scorecard', createdAt: 'invalid_time', expiresAt: 'invalid_time' };

function overrideOf(input: SetOverrideInput): Override {
  if ((input.set === undefined) === (input.delta === undefined)) throw new HumanInputError('set_or_delta', 'give exactly one of set and delta');
  const mode = input.set !== undefined ? 'absolute' : 'delta';
  const value = input.set ?? input.delta ?? Number.NaN;
  if (!Number.isFinite(value) || (mode === 'absolute' ? value < 0 || value > 100 : value < -100 || value > 100)) throw new HumanInputError('invalid_value', `${mode} value ${value} is out of range`);
  const now = canonicalTime(input.now, 'now');
  return checkSchema(
    OverrideSchema,
    {
      accountExternalId: input.account,
      ...(input.scorecard !== undefined ? { scorecard: input.scorecard.trim() } : {}),
      mode,
      value,
      reason: input.reason.trim(),
      authorEmail: input.author.trim(),
      createdAt: now,
      expiresAt: expiryAfter(now, input.expiresAt, DEFAULT_OVERRIDE_DAYS),
    },
    FIELD_CODES,
    'invalid_value',
  );
}

/**
 * Records an override of an account's score and its audit entry, in one transaction.
 *
 * @example
 * await setOverride(store, { account: 'ACME', set: 40, reason: 'champion left', author: 'ann@x.com', now: '2026-12-02T10:00:00.000Z' });
 * // applies to every scorecard until 2027-01-01T10:00:00.000Z (30 days)
 */
export async function setOverride(store: Store, input: SetOverrideInput): Promise<StoredOverride> {
  const override = overrideOf(input);
  return store.db.transaction().execute(async (trx) => {
    const account = await resolveAccount(trx, input.account);
    const stored = await OverrideRepository.create(trx, account.id, override);
    await AuditRepository.record(trx, { at: override.createdAt, actor: override.authorEmail, action: 'override.create', entity: 'override', entityId: String(stored.id), accountExternalId: account.externalId, after: stored });
    return stored;
  });
}

/** Ends an override now, before its expiry; the audit entry keeps it as it was and as it is. */
export async function expireOverride(store: Store, input: EndInput): Promise<StoredOverride> {
  const end = checkEnd(input);
  return store.db.transaction().execute(async (trx) => {
    const before = await OverrideRepository.get(trx, input.id);
    if (!before) throw new HumanInputError('unknown_override', `no override #${input.id}`);
    if (statusAt(before, end.at) !== 'active') throw new HumanInputError('already_ended', `override #${input.id} has already ended`);
    const after = await OverrideRepository.revoke(trx, { id: input.id, ...end });
    if (!after) throw new HumanInputError('already_ended', `override #${input.id} was revoked meanwhile`);
    await AuditRepository.record(trx, { at: end.at, actor: end.by, action: 'override.expire', entity: 'override', entityId: String(input.id), accountExternalId: before.accountExternalId, before, after });
    return after;
  });
}

export type ListedOverride = StoredOverride & { readonly status: HumanInputStatus };

/** Every override of an account, newest first, with where each stands at `now`. */
export async function listOverrides(store: Store, input: { account: string; now: string }): Promise<ListedOverride[]> {
  const account = await resolveAccount(store.db, input.account);
  const now = canonicalTime(input.now, 'now');
  return (await OverrideRepository.forAccount(store.db, account.id)).map((o) => ({ ...o, status: statusAt(o, now) }));
}
