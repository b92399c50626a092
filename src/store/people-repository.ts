import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** What matching activities to accounts needs to know about people, read in one go per import file. */
export interface StoredPeople {
  readonly internalEmails: string[];
  readonly contacts: Array<readonly [email: string, accountId: number]>;
  readonly assignments: Array<readonly [address: string, accountId: number]>;
}

// Contacts and internal users are fact tables without typed columns (see FACT_TABLES); the
// column names here are theirs.
export const PeopleRepository = {
  async load(db: Kysely<Database>): Promise<StoredPeople> {
    const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
    const internal = await raw.selectFrom('internal_users').select('email').execute();
    const contacts = await raw.selectFrom('contacts').select(['email', 'account_id']).where('account_id', 'is not', null).execute();
    const assignments = await db.selectFrom('address_assignments').select(['address', 'account_id']).execute();
    return {
      internalEmails: internal.map((r) => String(r.email)),
      contacts: contacts.map((r) => [String(r.email), Number(r.account_id)] as const),
      assignments: assignments.map((r) => [r.address, Number(r.account_id)] as const),
    };
  },
};
