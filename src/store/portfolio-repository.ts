import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Compilable, type Kysely, type SqlBool, type Transaction } from 'kysely';
import { decodePortfolioCursor, encodePortfolioCursor, type PortfolioPosition } from './portfolio-cursor.js';
import { PortfolioQueryError } from './portfolio-query-error.js';
import {
  DEFAULT_PORTFOLIO_SORT,
  MAX_PORTFOLIO_PAGE,
  PORTFOLIO_TREND_WEEKS,
  type PortfolioFilter,
  type PortfolioListQuery,
  type PortfolioPage,
  type PortfolioRow,
  type PortfolioScope,
  type PortfolioSelection,
  type PortfolioSortKey,
  type PortfolioTotals,
} from './portfolio-query.js';
import type { Database } from './schema.js';
import { sqliteHandleOf } from './sqlite-handles.js';

type Db = Kysely<Database> | Transaction<Database>;

interface SortColumn {
  readonly ref: 'cs.score' | 'cs.confidence' | 'cs.change_30d' | 'a.name' | 'a.arr' | 'a.renewal_date';
  /** The account id on the same side of the join, so (value, id) is one index's order. */
  readonly tie: 'cs.account_id' | 'a.id';
  readonly type: 'number' | 'string';
  readonly field: keyof PortfolioRow;
  /** Whether a filter guarantees a value, so the tail of rows without one need not be read. */
  readonly impliedBy: (f: PortfolioFilter) => boolean;
}

const scoreFiltered = (f: PortfolioFilter) => nonEmpty(f.bands) || f.scoreMin !== undefined || f.scoreMax !== undefined || f.movedBy !== undefined || f.movedBy7d !== undefined;

const SORT_COLUMNS: Readonly<Record<PortfolioSortKey, SortColumn>> = {
  score: { ref: 'cs.score', tie: 'cs.account_id', type: 'number', field: 'score', impliedBy: scoreFiltered },
  // Confidence is never null in a row: only accounts without a row lack it.
  confidence: { ref: 'cs.confidence', tie: 'cs.account_id', type: 'number', field: 'confidence', impliedBy: scoreFiltered },
  change_30d: { ref: 'cs.change_30d', tie: 'cs.account_id', type: 'number', field: 'change30d', impliedBy: (f) => f.movedBy !== undefined },
  name: { ref: 'a.name', tie: 'a.id', type: 'string', field: 'name', impliedBy: () => true },
  arr: { ref: 'a.arr', tie: 'a.id', type: 'number', field: 'arr', impliedBy: () => false },
  renewal_date: { ref: 'a.renewal_date', tie: 'a.id', type: 'string', field: 'renewalDate', impliedBy: (f) => f.renewalFrom !== undefined || f.renewalTo !== undefined },
};

const ROW_COLUMNS = ['a.id', 'a.external_id', 'a.name', 'a.segment', 'a.owner_email', 'a.arr', 'a.currency', 'a.renewal_date', 'cs.score', 'cs.band', 'cs.confidence', 'cs.score_30d_ago', 'cs.change_30d', 'cs.change_7d', 'cs.top_driver', 'cs.as_of'] as const;
/** The names the rows of ROW_COLUMNS have, in the same order. */
const ROW_NAMES = ROW_COLUMNS.map((c) => c.slice(c.indexOf('.') + 1));

/**
 * The portfolio: every account with its current score on one scorecard (from the
 * current_scores read model), filtered, scoped to what a caller may see, sorted and paged by
 * keyset. A page is two index walks at most: accounts with a sort value in (value, id)
 * order, then, once those run out, the accounts without one in id order. The query plans
 * behind this are in docs/architecture.md ("Portfolio read model").
 */
export const PortfolioRepository = {
  /**
   * One page of the portfolio. Unscored accounts are listed too, after every scored one.
   * Throws a {@link PortfolioQueryError} for a limit outside 1..200 or a cursor that is not
   * a `nextCursor` of this sort.
   * @example await PortfolioRepository.list(db, { modelVersion, scorecard: 'health', scope: { all: true }, filter: { bands: ['At risk'] }, limit: 50 })
   */
  async list(db: Db, query: PortfolioListQuery): Promise<PortfolioPage> {
    if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > MAX_PORTFOLIO_PAGE) throw new PortfolioQueryError('invalid_limit', `limit ${query.limit} is not 1..${MAX_PORTFOLIO_PAGE}`);
    const sort = query.sort ?? DEFAULT_PORTFOLIO_SORT;
    const column = SORT_COLUMNS[sort.by];
    const after = query.cursor === undefined ? undefined : decodePortfolioCursor(query.cursor, sort, column.type);
    const want = query.limit + 1;
    const rows: PortfolioRow[] = [];
    if (after?.value !== null) rows.push(...(await withValue(db, query, column, sort.direction, after, want)));
    // The tail of rows without a value starts after the cursor when the cursor is in it, else from its beginning.
    if (rows.length < want && !column.impliedBy(query.filter ?? {})) rows.push(...(await withoutValue(db, query, column, sort.direction, after?.value === null ? after : undefined, want - rows.length)));
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > query.limit && last ? encodePortfolioCursor(sort, { value: last[column.field] as number | string | null, accountId: last.accountId }) : null;
    return { items, nextCursor };
  },

  /** Accounts and ARR of the whole selection (not one page), in total and per band. */
  async totals(db: Db, selection: PortfolioSelection): Promise<PortfolioTotals> {
    const rows = await selected(db, selection)
      .select((eb) => ['cs.band', 'a.currency', eb.fn.countAll().as('accounts'), eb.fn.sum('a.arr').as('arr')])
      .groupBy(['cs.band', 'a.currency'])
      .execute();
    const bands = new Map<string | null, { accounts: number; arr: number }>();
    const currencies = new Set<string>();
    for (const r of rows) {
      const band = bands.get(r.band) ?? bands.set(r.band, { accounts: 0, arr: 0 }).get(r.band)!;
      band.accounts += Number(r.accounts);
      band.arr += Number(r.arr ?? 0);
      if (r.currency !== null && r.arr !== null) currencies.add(r.currency);
    }
    const byBand = [...bands].map(([band, t]) => ({ band, accounts: t.accounts, arr: round2(t.arr) }));
    byBand.sort((x, y) => Number(x.band === null) - Number(y.band === null) || y.accounts - x.accounts || String(x.band).localeCompare(String(y.band)));
    return { accounts: byBand.reduce((n, b) => n + b.accounts, 0), arr: round2(byBand.reduce((n, b) => n + b.arr, 0)), currencies: [...currencies].sort(), byBand };
  },

  /**
   * The trend sparkline of each row of a page: {@link PORTFOLIO_TREND_WEEKS} weekly points
   * ending at the row's asOf, each the score of the latest snapshot at or before that week's
   * moment (null before the first snapshot read). One indexed range read for the whole page
   * (the snapshots of its accounts since 8 weeks before the oldest asOf), not one per row.
   * @example await PortfolioRepository.trends(db, { modelVersion, scorecard: 'health', rows: page.items }) // Map { 12 => [null, 61, 60, …, 48] }
   */
  async trends(db: Db, at: { modelVersion: string; scorecard: string; rows: readonly Pick<PortfolioRow, 'accountId' | 'asOf'>[] }): Promise<Map<number, (number | null)[]>> {
    const scored = at.rows.filter((r) => r.asOf !== null);
    const trends = new Map<number, (number | null)[]>();
    if (scored.length === 0) return trends;
    const oldest = scored.reduce((m, r) => (r.asOf! < m ? r.asOf! : m), scored[0]!.asOf!);
    const since = new Date(Date.parse(oldest) - PORTFOLIO_TREND_WEEKS * WEEK_MS).toISOString();
    const snapshots = await db
      .selectFrom('score_snapshots')
      .select(['account_id', 'as_of', 'score'])
      .where('account_id', 'in', scored.map((r) => r.accountId))
      .where('model_version', '=', at.modelVersion)
      .where('scorecard', '=', at.scorecard)
      .where('as_of', '>=', since)
      .orderBy('account_id')
      .orderBy('as_of')
      .execute();
    const byAccount = new Map<number, { as_of: string; score: number | null }[]>();
    for (const s of snapshots) {
      const id = Number(s.account_id);
      (byAccount.get(id) ?? byAccount.set(id, []).get(id)!).push({ as_of: s.as_of, score: num(s.score) });
    }
    // Most rows of a page share their moment: the week cut-offs are worked out once per moment.
    const cutoffs = new Map<string, readonly string[]>();
    for (const r of scored) {
      let weeks = cutoffs.get(r.asOf!);
      if (!weeks) cutoffs.set(r.asOf!, (weeks = weekCutoffs(r.asOf!)));
      trends.set(r.accountId, weeklyPoints(byAccount.get(r.accountId) ?? [], weeks));
    }
    return trends;
  },

  /** Our id of the account with this external id if `scope` may see it; undefined otherwise (a 404, not a 403: its existence is not told). */
  async findVisible(db: Db, externalId: string, scope: PortfolioScope): Promise<number | undefined> {
    // record_key is the account's external id, and the unique key of the table.
    let q = db.selectFrom('accounts as a').select('a.id').where('a.record_key', '=', externalId);
    if (!scope.all) q = q.where(inScope(scope));
    const row = await q.executeTakeFirst();
    return row ? Number(row.id) : undefined;
  },
};

/**
 * How a page's query joins accounts to their scores. `left`: every account, scored or not.
 * The other two keep only scored accounts and fix which table the database walks first:
 * SQLite keeps the tables of a CROSS JOIN in the order written (its documented way to
 * choose a join order), and PostgreSQL plans a CROSS JOIN with its WHERE like any inner
 * join. SQLite's planner, stats or not, otherwise walks the segment index and sorts a
 * third of the table for a segment filter, and walks the whole score index for an owner.
 */
type JoinShape = 'left' | 'accounts-first' | 'scores-first';

/**
 * The index a page walks in order: a sort column's, or the id order of the tail of rows
 * without a sort value. Undefined for a query that is not a page (the totals).
 */
type Walk = SortColumn | 'id';

/**
 * The accounts of a selection joined to their current score on the scorecard, filtered and
 * scoped, for a page that walks `walk`.
 */
function selected(db: Db, s: PortfolioSelection, shape: JoinShape = 'left', walk?: Walk) {
  const left = () => db.selectFrom('accounts as a').leftJoin('current_scores as cs', (j) => j.onRef('cs.account_id', '=', 'a.id').on('cs.model_version', '=', s.modelVersion).on('cs.scorecard', '=', s.scorecard));
  // The inner shapes have the left shape's type (only nullability differs): one filter code path for all three.
  let q =
    shape === 'left'
      ? left()
      : ((shape === 'accounts-first' ? db.selectFrom('accounts as a').crossJoin('current_scores as cs') : db.selectFrom('current_scores as cs').crossJoin('accounts as a'))
          .whereRef('cs.account_id', '=', 'a.id')
          .where('cs.model_version', '=', s.modelVersion)
          .where('cs.scorecard', '=', s.scorecard) as unknown as ReturnType<typeof left>);
  const f = s.filter ?? {};
  // The tail's walk looks each account's score up by its key; a visible band made SQLite look
  // it up on the band index instead, reading every row of the band for each account.
  if (nonEmpty(f.bands)) q = q.where(walk === 'id' ? sql<string>`(${sql.ref('cs.band')} || '')` : sql.ref('cs.band'), 'in', f.bands);
  // A page walks one index in order and checks the other account filters row by row; the
  // planner, left to itself, took the index matching the most filter terms and sorted what
  // it found (a renewal window's two bounds beat the sort column's index: 50 ms a page of SMB
  // by ARR at 100,000 accounts, 0.6 ms walking (segment, arr)). `|| ''` hides a column from
  // the planner on SQLite and PostgreSQL alike. Kept visible: one segment, which the
  // (segment, column) indexes and the segment index (in id order) start with.
  const hidden = (column: 'a.renewal_date' | 'a.segment') => sql<string>`(${sql.ref(column)} || '')`;
  const accountWalk = walk === 'id' || walk?.tie === 'a.id';
  const hideRenewal = accountWalk && (walk === 'id' || walk.ref !== 'a.renewal_date');
  const hideSegments = accountWalk && (f.segments?.length ?? 0) > 1;
  if (nonEmpty(f.segments)) q = q.where(hideSegments ? hidden('a.segment') : sql.ref('a.segment'), 'in', f.segments);
  if (nonEmpty(f.owners)) q = q.where('a.owner_email', 'in', f.owners.map(normalizeEmail));
  if (f.scoreMin !== undefined) q = q.where('cs.score', '>=', f.scoreMin);
  if (f.scoreMax !== undefined) q = q.where('cs.score', '<=', f.scoreMax);
  const renewal = hideRenewal ? hidden('a.renewal_date') : sql.ref('a.renewal_date');
  if (f.renewalFrom !== undefined) q = q.where(renewal, '>=', f.renewalFrom);
  if (f.renewalTo !== undefined) q = q.where(renewal, '<=', f.renewalTo);
  const movedBy = f.movedBy;
  if (movedBy !== undefined) q = q.where((eb) => eb(eb.fn('abs', ['cs.change_30d']), '>=', movedBy));
  const movedBy7d = f.movedBy7d;
  if (movedBy7d !== undefined) q = q.where((eb) => eb(eb.fn('abs', ['cs.change_7d']), '>=', movedBy7d));
  const upsell = f.upsell;
  if (upsell !== undefined) {
    // One primary-key look-up per candidate account: the expansion row of the same model version.
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('current_scores as up')
          .select('up.account_id')
          .whereRef('up.account_id', '=', 'a.id')
          .where('up.scorecard', '=', upsell.scorecard)
          .where('up.model_version', '=', s.modelVersion)
          .where('up.score', '>=', upsell.scoreMin),
      ),
    );
  }
  const term = f.search?.trim();
  if (term) {
    // lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
    const pattern = `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<SqlBool>`(lower(${sql.ref('a.name')}) like ${pattern} escape '\\' or lower(${sql.ref('a.external_id')}) like ${pattern} escape '\\')`);
  }
  if (!s.scope.all) q = q.where(inScope(s.scope));
  return q;
}

/**
 * The join shape of the rows with a sort value. A rep's accounts or an owner's are a few
 * hundred, found by the owner index and sorted; anything else walks the index of the sort
 * column in order and stops after a page (a filter on a segment or a renewal window keeps
 * enough rows that a page is found after a few hundred index entries).
 */
function shapeFor(query: PortfolioListQuery, column: SortColumn): JoinShape {
  const f = query.filter ?? {};
  const needsScore = column.tie === 'cs.account_id' || scoreFiltered(f);
  if (!needsScore) return 'left';
  if (column.tie === 'a.id' || nonEmpty(f.owners) || !query.scope.all) return 'accounts-first';
  return 'scores-first';
}

/** Rows with a value to sort by, after `after`, in (value, id) order. */
async function withValue(db: Db, query: PortfolioListQuery, column: SortColumn, direction: 'asc' | 'desc', after: PortfolioPosition | undefined, limit: number): Promise<PortfolioRow[]> {
  const shape = shapeFor(query, column);
  const bands = query.filter?.bands ?? [];
  // The band index holds each band's scores in order, but not several bands' together: a
  // page of two bands is the first rows of each band's walk, merged.
  if (shape === 'scores-first' && column.ref === 'cs.score' && bands.length > 1) {
    const perBand = await Promise.all(bands.map((band) => withValue(db, { ...query, filter: { ...query.filter, bands: [band] } }, column, direction, after, limit)));
    return merged(perBand, column, direction, limit);
  }
  // Likewise the (segment, column, id) indexes of the account columns, for several segments.
  // Not names: merging here would order them as JavaScript does, not as the database's collation.
  const segments = query.filter?.segments ?? [];
  if (column.tie === 'a.id' && column.ref !== 'a.name' && segments.length > 1) {
    const perSegment = await Promise.all(segments.map((segment) => withValue(db, { ...query, filter: { ...query.filter, segments: [segment] } }, column, direction, after, limit)));
    return merged(perSegment, column, direction, limit);
  }
  let q = selected(db, query, shape, column).select(ROW_COLUMNS).where(column.ref, 'is not', null);
  if (after) {
    const [past, from] = direction === 'asc' ? (['>', '>='] as const) : (['<', '<='] as const);
    const value = sql.ref(column.ref);
    // value >= v bounds the walk on the index; the rest breaks ties by id.
    q = q.where(sql<SqlBool>`(${value} ${sql.raw(from)} ${after.value} and (${value} ${sql.raw(past)} ${after.value} or ${sql.ref(column.tie)} ${sql.raw(past)} ${after.accountId}))`);
  }
  return pageRows(db, q.orderBy(column.ref, direction).orderBy(column.tie, direction).limit(limit));
}

/** The first `limit` rows of several walks, each in (value, id) order, in that order. */
function merged(walks: readonly PortfolioRow[][], column: SortColumn, direction: 'asc' | 'desc', limit: number): PortfolioRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (x: PortfolioRow, y: PortfolioRow): number => {
    const a = x[column.field] as number | string;
    const b = y[column.field] as number | string;
    return sign * ((a < b ? -1 : a > b ? 1 : 0) || x.accountId - y.accountId);
  };
  return walks.flat().sort(compare).slice(0, limit);
}

/** Rows without a value to sort by (unscored accounts, no ARR …), after `after`, in id order. */
async function withoutValue(db: Db, query: PortfolioListQuery, column: SortColumn, direction: 'asc' | 'desc', after: PortfolioPosition | undefined, limit: number): Promise<PortfolioRow[]> {
  // Under a score filter every row has a score: walk the accounts in id order and look each
  // one's score up, rather than letting the planner gather the band's rows and sort them
  // (130 ms a page of one band by change at 100,000 accounts, before a second scoring run).
  const shape = scoreFiltered(query.filter ?? {}) ? 'accounts-first' : 'left';
  let q = selected(db, query, shape, 'id').select(ROW_COLUMNS).where(column.ref, 'is', null);
  if (after) q = q.where('a.id', direction === 'asc' ? '>' : '<', after.accountId);
  return pageRows(db, q.orderBy('a.id', direction).limit(limit));
}

/**
 * A rep's accounts: those they own (emails are stored lower-cased) and those shared with
 * them. One set of ids rather than `owner = ? or id in (…)`: PostgreSQL guessed half the
 * table for the OR and walked the score index past every other rep's accounts.
 */
function inScope(scope: Extract<PortfolioScope, { all: false }>) {
  return sql<SqlBool>`${sql.ref('a.id')} in (select id from accounts where owner_email = ${normalizeEmail(scope.ownerEmail)} union select account_id from account_shares where user_id = ${scope.userId})`;
}

/** Raw-mode statements by connection and SQL text, least recently used dropped past {@link RAW_STATEMENTS}. */
const rawStatements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement<unknown[], unknown[]>>>();
const RAW_STATEMENTS = 64;

/**
 * A page's rows. On SQLite the query Kysely built runs as a raw-mode statement (rows as
 * arrays, in ROW_COLUMNS order): building an object of 16 named columns per row in
 * better-sqlite3 and another from it was a tenth of a page's server time. Inside
 * a transaction on the connection (a write job's), the query waits its turn through Kysely,
 * so it never reads that transaction's uncommitted rows. (Nothing holds the connection
 * otherwise between statements: no code streams rows on it, as the signal reader's raw
 * statements also rely on.)
 */
async function pageRows(db: Db, query: Compilable & { execute(): Promise<Array<Record<string, unknown>>> }): Promise<PortfolioRow[]> {
  const native = sqliteHandleOf(db as Kysely<Database>);
  if (!native || native.inTransaction) return (await query.execute()).map((row) => fromColumns(ROW_NAMES.map((name) => row[name])));
  const compiled = query.compile();
  let cache = rawStatements.get(native);
  if (!cache) rawStatements.set(native, (cache = new Map()));
  let statement = cache.get(compiled.sql);
  if (statement) cache.delete(compiled.sql);
  else {
    statement = native.prepare<unknown[], unknown[]>(compiled.sql).raw(true);
    if (cache.size >= RAW_STATEMENTS) cache.delete(cache.keys().next().value as string);
  }
  cache.set(compiled.sql, statement);
  return (statement.all(...compiled.parameters) as unknown[][]).map(fromColumns);
}

/** A row's columns (ROW_COLUMNS order) as a portfolio row. */
function fromColumns(c: unknown[]): PortfolioRow {
  return {
    accountId: Number(c[0]),
    externalId: c[1] as string,
    name: c[2] as string,
    segment: c[3] as string | null,
    ownerEmail: c[4] as string | null,
    arr: num(c[5]),
    currency: c[6] as string | null,
    renewalDate: c[7] as string | null,
    score: num(c[8]),
    band: c[9] as string | null,
    confidence: num(c[10]),
    score30dAgo: num(c[11]),
    change30d: num(c[12]),
    change7d: num(c[13]),
    topDriver: c[14] as string | null,
    asOf: c[15] as string | null,
  };
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));


const WEEK_MS = 7 * 86_400_000;

/** The score in force at `asOf` and at each week before it, oldest first, from snapshots in as-of order. */
/** The trend's moments, oldest first: `asOf` and each of the weeks before it. */
function weekCutoffs(asOf: string): string[] {
  const end = Date.parse(asOf);
  const out: string[] = [];
  for (let week = PORTFOLIO_TREND_WEEKS - 1; week >= 0; week--) out.push(new Date(end - week * WEEK_MS).toISOString());
  return out;
}

function weeklyPoints(history: readonly { as_of: string; score: number | null }[], cutoffs: readonly string[]): (number | null)[] {
  const points: (number | null)[] = [];
  let i = 0;
  let current: number | null = null;
  for (const moment of cutoffs) {
    while (i < history.length && history[i]!.as_of <= moment) current = history[i++]!.score;
    points.push(current);
  }
  return points;
}

function nonEmpty(list: readonly string[] | undefined): list is readonly string[] {
  return list !== undefined && list.length > 0;
}

function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const round2 = (v: number) => Math.round(v * 100) / 100;
