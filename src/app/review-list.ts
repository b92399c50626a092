import { ENTITY_KIND_SPECS, isEmailAddress, normalizeDomain } from '../domain/index.js';
import { FREE_MAIL_DOMAINS, loadPeople } from '../ingest/index.js';
import { AccountRepository, AuditRepository, factStatementsFor, factVersion, ImportRepository, ReviewListRepository, upsertFactVersions, type StoredAssignment, type StoredUnmatchedActivity, type Store, type UnmatchedAddress } from '../store/index.js';
import { importSettings } from './import-settings.js';
import { ReviewListError } from './review-list-error.js';

/** Activities imported per transaction when an assignment empties the list. */
const RESOLVE_BATCH = 1000;

export interface AssignAddressInput {
  /** An email address, or a domain for everyone at it. */
  readonly address: string;
  readonly accountExternalId: string;
  readonly actor: string;
  readonly now: string;
}

export interface AssignAddressResult {
  readonly assignment: StoredAssignment;
  /** Activities taken off the review list and imported under the account. */
  readonly imported: number;
  /** The import run that wrote them (for incremental rescoring); undefined when none waited. */
  readonly importId?: number;
}

/** A typed address as stored: a lower-cased email, or a bare domain. */
export function canonicalAddress(raw: string): string {
  const text = raw.trim().toLowerCase();
  if (text.includes('@')) {
    if (!isEmailAddress(text)) throw new ReviewListError('invalid_address', `"${raw}" is not an email address`);
    return text;
  }
  const domain = normalizeDomain(text);
  if (!domain) throw new ReviewListError('invalid_address', `"${raw}" is neither an email address nor a domain`);
  if (FREE_MAIL_DOMAINS.has(domain)) throw new ReviewListError('free_mail_domain', `${domain} is a free-mail domain`);
  return domain;
}

/** An address on the review list, and whether its domain is free mail (then only the address itself can be assigned). */
export interface ReviewAddress extends UnmatchedAddress {
  readonly freeMail: boolean;
}

/** Addresses waiting for an account, most activities first. */
export async function listUnmatchedAddresses(store: Store, page: { limit: number; offset: number; domain?: string }): Promise<{ total: number; items: ReviewAddress[] }> {
  const { total, items } = await ReviewListRepository.addresses(store.db, page);
  return { total, items: items.map((a) => ({ ...a, freeMail: FREE_MAIL_DOMAINS.has(a.domain) })) };
}

export async function listUnmatchedActivities(store: Store, filter: { address?: string; limit: number; offset?: number }): Promise<StoredUnmatchedActivity[]> {
  return ReviewListRepository.activities(store.db, { ...filter, ...(filter.address ? { address: canonicalAddress(filter.address) } : {}) });
}

export async function listAssignments(store: Store): Promise<StoredAssignment[]> {
  return ReviewListRepository.assignments(store.db);
}

/**
 * Assigns an address (or a whole domain) to an account: remembered for later imports, audited,
 * and every activity waiting on the review list under it is imported under the account at
 * once, known from now (Bellwether did not know it was the account's before).
 */
export async function assignAddress(store: Store, input: AssignAddressInput): Promise<AssignAddressResult> {
  const address = canonicalAddress(input.address);
  const accountId = await AccountRepository.idOf(store.db, input.accountExternalId);
  if (accountId === undefined) throw new ReviewListError('unknown_account', `no account with external id "${input.accountExternalId}"`);
  const settings = await importSettings(store);
  const people = await loadPeople(store.db, settings.internalDomains);
  const domain = address.slice(address.lastIndexOf('@') + 1);
  if (people.internalEmails.includes(address) || people.internalDomains.includes(domain)) throw new ReviewListError('internal_address', `${address} is one of our own addresses`);

  const before = await ReviewListRepository.assignment(store.db, address);
  await store.db.transaction().execute(async (trx) => {
    await ReviewListRepository.assign(trx, { address, accountId, assignedBy: input.actor, at: input.now });
    await AuditRepository.record(trx, {
      at: input.now,
      actor: input.actor,
      action: before ? 'address.reassign' : 'address.assign',
      entity: 'address',
      entityId: address,
      accountExternalId: input.accountExternalId,
      ...(before ? { before: { accountExternalId: before.accountExternalId, assignedBy: before.assignedBy, assignedAt: before.assignedAt } } : {}),
      after: { accountExternalId: input.accountExternalId },
    });
  });
  const { imported, importId } = await importWaiting(store, address, { id: accountId, externalId: input.accountExternalId }, input.now);
  const assignment = (await ReviewListRepository.assignment(store.db, address)) as StoredAssignment;
  return { assignment, imported, ...(importId !== undefined ? { importId } : {}) };
}

/** Imports the listed activities under an address, as one import run, in batches that each commit whole. */
async function importWaiting(store: Store, address: string, account: { id: number; externalId: string }, now: string): Promise<{ imported: number; importId?: number }> {
  const spec = ENTITY_KIND_SPECS.activities;
  let importId: number | undefined;
  let imported = 0;
  const checksum = `assignment:${address}:${now}`;
  const statements = factStatementsFor(store.db);
  for (;;) {
    const waiting = await ReviewListRepository.activities(store.db, { address, limit: RESOLVE_BATCH });
    if (waiting.length === 0) break;
    importId ??= await ImportRepository.start(store.db, { sourceFile: `review list: ${address}`, checksum, kind: 'activities', format: 'assignment', startedAt: now, knownAt: now, options: { address, account: account.externalId } });
    const runId = importId;
    const versions = waiting.map((w, i) => factVersion('activities', { key: spec.naturalKey(w.record), knownAt: now, line: i + 1, record: { ...w.record, accountId: account.id, accountExternalId: account.externalId } }));
    await store.db.transaction().execute(async (trx) => {
      const outcome = await upsertFactVersions(trx, 'activities', versions, { importId: runId, checksum, now }, statements);
      await ReviewListRepository.removeKeys(trx, waiting.map((w) => w.key));
      await ImportRepository.recordBatch(trx, runId, { sourceFile: `review list: ${address}`, checksum, kind: 'activities', now }, { rowsRead: waiting.length, inserted: outcome.inserted, updated: outcome.updated, unchanged: outcome.unchanged, quarantined: 0, unmatched: 0 }, []);
    });
    imported += waiting.length;
  }
  if (importId !== undefined) await ImportRepository.finish(store.db, importId, 'completed', now);
  return { imported, ...(importId !== undefined ? { importId } : {}) };
}
