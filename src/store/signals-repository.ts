import { sql, type Kysely } from 'kysely';
import type { Account, Activity, Contact, Feedback, Invoice, MetricValue, Payment, SurveyResponse, Ticket, UsageDay } from '../domain/index.js';
import { FACT_TABLES } from './fact-tables.js';
import { mergeRuns } from './merge-runs.js';
import type { Database } from './schema.js';
import { signalReaderFor } from './signal-reader-for.js';
import { ACCOUNT_SIGNAL_TABLE, SIGNAL_TABLES, type SignalList } from './signal-tables.js';

/** A stored version of a fact: its domain fields, when Bellwether learned it, and our row id. */
export type StoredFact<T> = Omit<T, 'knownAt'> & { readonly knownAt: string; readonly id: number };

/** The version of an account believed at some moment, with our id. */
export type StoredAccount = Omit<Account, 'knownAt'> & { readonly id: number; readonly knownAt: string };

/**
 * What Bellwether believed about one account at a moment: the account's version then and
 * every fact version then believed, each list sorted by when the fact happened, then id.
 */
export interface StoredSignals {
  readonly account: StoredAccount;
  readonly contacts: StoredFact<Contact>[];
  readonly invoices: StoredFact<Invoice>[];
  readonly payments: StoredFact<Payment>[];
  readonly tickets: StoredFact<Ticket>[];
  readonly usageDays: StoredFact<UsageDay>[];
  readonly surveyResponses: StoredFact<SurveyResponse>[];
  readonly feedback: StoredFact<Feedback>[];
  readonly activities: StoredFact<Activity>[];
  readonly metricValues: StoredFact<MetricValue>[];
}

type Lists = { [L in SignalList]: Array<Record<string, unknown>> };

const LISTS = Object.entries(SIGNAL_TABLES) as Array<[SignalList, (typeof SIGNAL_TABLES)[SignalList]]>;

/** Every fact table that names an account: a version written to any of them changes that account's signals. */
const OWNED_TABLES = Object.values(FACT_TABLES).filter((t) => t.columns.some((c) => c.field === 'accountId'));

/** Reads what scoring needs, as Bellwether knew it at a moment (see "Point in time" in docs/architecture.md). */
export const SignalsRepository = {
  /** The ids of the accounts known at `asOf`, ascending. */
  async accountIds(db: Kysely<Database>, asOf: string): Promise<number[]> {
    const rows = await db
      .selectFrom('accounts')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('known_at', '<=', asOf),
          eb.exists(eb.selectFrom('accounts_history as h').select('h.id').whereRef('h.id', '=', 'accounts.id').where('h.known_at', '<=', asOf).where('h.superseded_at', '>', asOf)),
        ]),
      )
      .orderBy('id')
      .execute();
    return rows.map((r) => Number(r.id));
  },

  /**
   * The signals of each account among `accountIds` known at `asOf`, by id (ascending);
   * accounts unknown then are left out. One query per kind of fact: call it with batches of
   * a few hundred accounts, which bounds memory and keeps the id list one parameter.
   *
   * @example
   * const ids = await SignalsRepository.accountIds(db, asOf);
   * const signals = await SignalsRepository.load(db, ids.slice(0, 500), asOf);
   * const usageOnly = await SignalsRepository.load(db, ids, asOf, { lists: ['usageDays'] });
   */
  async load(db: Kysely<Database>, accountIds: readonly number[], asOf: string, options: { readonly lists?: readonly SignalList[] } = {}): Promise<Map<number, StoredSignals>> {
    const reader = signalReaderFor(db);
    const out = new Map<number, StoredSignals>();
    const owners = new Map<number, { externalId: string; lists: Lists }>();
    const accounts = mergeRuns(await reader.accounts(ACCOUNT_SIGNAL_TABLE, [...new Set(accountIds)], asOf), ACCOUNT_SIGNAL_TABLE.compare);
    for (const row of accounts) {
      const account = ACCOUNT_SIGNAL_TABLE.decode(row, '') as unknown as StoredAccount;
      const signals = { account, contacts: [], invoices: [], payments: [], tickets: [], usageDays: [], surveyResponses: [], feedback: [], activities: [], metricValues: [] };
      out.set(account.id, signals);
      owners.set(account.id, { externalId: account.externalId, lists: signals });
    }
    const known = [...out.keys()];
    for (const [list, table] of LISTS) {
      // A caller that needs only some kinds (a percentile population) reads only those; the other lists stay empty.
      if (options.lists && !options.lists.includes(list)) continue;
      const rows = mergeRuns(await reader.facts(table, known, asOf), table.compare);
      let id = NaN;
      let owner: { externalId: string; lists: Lists } | undefined;
      for (const row of rows) {
        // Rows come grouped by account, so the owner is looked up once per account.
        const accountId = Number(row[table.accountIndex]);
        if (accountId !== id) {
          id = accountId;
          owner = owners.get(accountId);
        }
        owner?.lists[list].push(table.decode(row, owner.externalId));
      }
    }
    return out;
  },

  /**
   * The ids of the accounts whose signals imports after `since.importId` may have changed,
   * ascending: the account's own row, or a version of any fact naming it, written by such
   * an import. A fact that moved to another account counts for the account it left too,
   * as the version it left behind in history keeps its old import id.
   */
  async changedAccounts(db: Kysely<Database>, since: { importId: number }): Promise<number[]> {
    const after = since.importId;
    // Only the tables of the kinds those imports wrote: each read here scans its table, and
    // an incremental run after one small file must not read every fact ever imported.
    const written = await db.selectFrom('imports').select('kind').distinct().where('id', '>', after).execute();
    const kinds = new Set(written.map((r) => r.kind));
    if (kinds.size === 0) return [];
    const parts = kinds.has('accounts') ? [sql`select id as account_id from accounts where import_id > ${after}`, sql`select id from accounts_history where import_id > ${after}`] : [];
    for (const t of OWNED_TABLES) {
      if (!kinds.has(t.kind)) continue;
      const current = sql.table(t.table);
      const history = sql.table(t.historyTable);
      parts.push(sql`select account_id from ${current} where import_id > ${after} and account_id is not null`);
      parts.push(sql`select account_id from ${history} where import_id > ${after} and account_id is not null`);
      parts.push(sql`select h.account_id from ${history} as h join ${current} as c on c.id = h.id where c.import_id > ${after} and h.account_id is not null`);
    }
    if (parts.length === 0) return [];
    const { rows } = await sql<{ account_id: number }>`${sql.join(parts, sql` union `)} order by 1`.execute(db);
    return rows.map((r) => Number(r.account_id));
  },

  /**
   * The highest id of an import that wrote facts, 0 if none, below any import still
   * running: that one may write more under its id, which the next
   * `changedAccounts({ importId })` must still see.
   */
  async latestImportId(db: Kysely<Database>): Promise<number> {
    const running = await db.selectFrom('imports').select((eb) => eb.fn.min('id').as('id')).where('status', '=', 'running').executeTakeFirst();
    let query = db
      .selectFrom('imports')
      .select((eb) => eb.fn.max('id').as('id'))
      .where((eb) => eb.or([eb('inserted', '>', 0), eb('updated', '>', 0)]));
    if (running?.id != null) query = query.where('id', '<', Number(running.id));
    const row = await query.executeTakeFirst();
    return Number(row?.id ?? 0);
  },
};
