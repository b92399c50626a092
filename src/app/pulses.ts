import { PulseSchema, type Pulse } from '../domain/index.js';
import { AuditRepository, PulseRepository, type Store, type StoredPulse } from '../store/index.js';
import { checkEnd, checkSchema, type EndInput } from './human-input-checks.js';
import { HumanInputError, type HumanInputErrorCode } from './human-input-error.js';
import { canonicalTime, expiryAfter, statusAt, type HumanInputStatus } from './human-input-time.js';
import { resolveAccount } from './resolve-account.js';

/** A pulse without an expiry given lasts this long: about a quarter, after which a rep's view is stale. */
export const DEFAULT_PULSE_DAYS = 90;

export interface SetPulseInput {
  /** The account's external id. */
  readonly account: string;
  /** red, yellow or green; anything else is an `invalid_rating` error. */
  readonly rating: string;
  readonly note: string;
  /** Default: {@link DEFAULT_PULSE_DAYS} days after `now`. */
  readonly expiresAt?: string;
  /** An email address. */
  readonly author: string;
  readonly now: string;
}

export interface SetPulseResult {
  readonly pulse: StoredPulse;
  /** The author's pulses on the account that were in force until this one (normally one, or none). */
  readonly superseded: readonly StoredPulse[];
}

const FIELD_CODES: Readonly<Record<string, HumanInputErrorCode>> = { rating: 'invalid_rating', note: 'note_required', authorEmail: 'invalid_author', createdAt: 'invalid_time', expiresAt: 'invalid_time' };

function pulseOf(input: SetPulseInput): Pulse {
  const now = canonicalTime(input.now, 'now');
  return checkSchema(
    PulseSchema,
    { accountExternalId: input.account, rating: input.rating, note: input.note.trim(), authorEmail: input.author.trim(), createdAt: now, expiresAt: expiryAfter(now, input.expiresAt, DEFAULT_PULSE_DAYS) },
    FIELD_CODES,
    'invalid_rating',
  );
}

/**
 * Records a rep's pulse. It supersedes the pulse the same author had in force on the account
 * (revoked as of now, with its own audit entry); other reps' pulses stand. One transaction.
 *
 * @example
 * await setPulse(store, { account: 'ACME', rating: 'red', note: 'sponsor leaving', author: 'ann@x.com', now: '2026-12-02T10:00:00.000Z' });
 * // in force until 2027-03-02T10:00:00.000Z (90 days)
 */
export async function setPulse(store: Store, input: SetPulseInput): Promise<SetPulseResult> {
  const pulse = pulseOf(input);
  return store.db.transaction().execute(async (trx) => {
    const account = await resolveAccount(trx, input.account);
    const previous = await PulseRepository.activeByAuthor(trx, { accountId: account.id, authorEmail: pulse.authorEmail, asOf: pulse.createdAt });
    const stored = await PulseRepository.create(trx, account.id, pulse);
    const superseded: StoredPulse[] = [];
    for (const before of previous) {
      const after = await PulseRepository.revoke(trx, { id: before.id, at: pulse.createdAt, by: pulse.authorEmail, reason: `superseded by pulse #${stored.id}` });
      if (!after) continue;
      superseded.push(after);
      await AuditRepository.record(trx, { at: pulse.createdAt, actor: pulse.authorEmail, action: 'pulse.supersede', entity: 'pulse', entityId: String(before.id), accountExternalId: account.externalId, before, after });
    }
    // The new pulse's before is the author's pulse it replaces, if any: the change as a rep sees it.
    const replaced = previous.at(-1);
    await AuditRepository.record(trx, { at: pulse.createdAt, actor: pulse.authorEmail, action: 'pulse.create', entity: 'pulse', entityId: String(stored.id), accountExternalId: account.externalId, ...(replaced ? { before: replaced } : {}), after: stored });
    return { pulse: stored, superseded };
  });
}

/** Ends a pulse now, before its expiry. */
export async function expirePulse(store: Store, input: EndInput): Promise<StoredPulse> {
  const end = checkEnd(input);
  return store.db.transaction().execute(async (trx) => {
    const before = await PulseRepository.get(trx, input.id);
    if (!before) throw new HumanInputError('unknown_pulse', `no pulse #${input.id}`);
    if (statusAt(before, end.at) !== 'active') throw new HumanInputError('already_ended', `pulse #${input.id} has already ended`);
    const after = await PulseRepository.revoke(trx, { id: input.id, ...end });
    if (!after) throw new HumanInputError('already_ended', `pulse #${input.id} was revoked meanwhile`);
    await AuditRepository.record(trx, { at: end.at, actor: end.by, action: 'pulse.expire', entity: 'pulse', entityId: String(input.id), accountExternalId: before.accountExternalId, before, after });
    return after;
  });
}

export type ListedPulse = StoredPulse & { readonly status: HumanInputStatus };

/** Every pulse of an account, newest first, with where each stands at `now`. */
export async function listPulses(store: Store, input: { account: string; now: string }): Promise<ListedPulse[]> {
  const account = await resolveAccount(store.db, input.account);
  const now = canonicalTime(input.now, 'now');
  return (await PulseRepository.forAccount(store.db, account.id)).map((p) => ({ ...p, status: statusAt(p, now) }));
}
