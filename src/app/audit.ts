import { AuditRepository, type Store, type StoredAuditEntry } from '../store/index.js';
import { canonicalTime } from './human-input-time.js';

/** The default page of the audit trail. */
export const DEFAULT_AUDIT_LIMIT = 50;

export interface ListAuditInput {
  /** Only entries about this account (external id). */
  readonly account?: string;
  /** Only entries about this kind of thing: override, pulse, model. */
  readonly entity?: string;
  readonly limit?: number;
  /** Only entries strictly before this time, to page back. */
  readonly before?: string;
}

/** The audit trail, newest first: who changed an override, a pulse or the active model, when, from what to what. */
export async function listAudit(store: Store, input: ListAuditInput = {}): Promise<StoredAuditEntry[]> {
  return AuditRepository.list(store.db, {
    limit: input.limit ?? DEFAULT_AUDIT_LIMIT,
    ...(input.account !== undefined ? { accountExternalId: input.account } : {}),
    ...(input.entity !== undefined ? { entity: input.entity } : {}),
    ...(input.before !== undefined ? { before: canonicalTime(input.before, 'before') } : {}),
  });
}
