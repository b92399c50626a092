import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, makeTempDir, type TestStore } from '../../test/test-setup.js';
import { DEFAULT_MODEL_FILE } from '../app/active-model.js';
import { importFiles } from '../app/import-files.js';
import { scoreAccounts } from '../app/score-accounts.js';
import { generateDemo } from '../demo/index.js';
import { loadModel, type CompiledModel } from '../scoring/index.js';
import { PortfolioQueryError } from './portfolio-query-error.js';
import { PORTFOLIO_SORT_KEYS, type PortfolioFilter, type PortfolioListQuery, type PortfolioPage, type PortfolioRow, type PortfolioScope, type PortfolioSort } from './portfolio-query.js';
import { PortfolioRepository } from './portfolio-repository.js';

const DEMO_AS_OF = '2026-11-01T00:00:00Z';
const IMPORTED = '2026-11-02T00:00:00.000Z';
const AS_OF = '2026-11-15T00:00:00.000Z';
const MONTH_BEFORE = '2026-10-14T00:00:00.000Z';
// Between the two: the latest score at least 7 days before AS_OF, so "changed this week" differs from the 30-day change.
const TEN_DAYS_BEFORE = '2026-11-05T00:00:00.000Z';
const LATER = '2026-11-16T00:00:00.000Z';
const CARD = 'health';
const REP = { email: 'rep.one@example.com', id: 0 };

// Accounts beside the demo's: no signals (so equal scores, a tie), equal names and ARR,
// missing ARR and renewal dates, an owner email typed in capitals, and a name with % and _.
const EXTRA = `external_id,name,domains,segment,owner_email,arr,currency,renewal_date,known_at
X-TIE-1,Tie & Co,tie1.example,Tie,Rep.One@Example.com,5000,USD,2027-02-01,2026-01-01T00:00:00Z
X-TIE-2,Tie & Co,tie2.example,Tie,rep.one@example.com,5000,USD,,2026-01-01T00:00:00Z
X-TIE-3,Tie Three,tie3.example,Tie,someone.else@example.com,,USD,2027-02-01,2026-01-01T00:00:00Z
X-TIE-4,Tie Four,tie4.example,Tie,,,,,2026-01-01T00:00:00Z
X-PCT,100% Pure_Co,pure.example,Tie,someone.else@example.com,7000,EUR,2027-03-01,2026-01-01T00:00:00Z
`;
// Imported after the runs: no current score.
const LATE = `external_id,name,domains,segment,owner_email,arr,currency,renewal_date,known_at
X-LATE-1,Latecomer One,late1.example,Tie,rep.one@example.com,1000,USD,2027-01-15,2026-01-01T00:00:00Z
X-LATE-2,Latecomer Two,late2.example,SMB,,2000,USD,2027-01-15,2026-01-01T00:00:00Z
`;

/** Every account with its current health score, read plainly: what the portfolio must agree with. */
type Truth = PortfolioRow;

const demo = makeTempDir('bw-portfolio-');
let model: CompiledModel;
beforeAll(async () => {
  await generateDemo({ size: 40, asOf: DEMO_AS_OF, outDir: join(demo.dir, 'demo'), seed: 3 });
  writeFileSync(join(demo.dir, 'accounts.csv'), EXTRA);
  mkdirSync(join(demo.dir, 'late'));
  writeFileSync(join(demo.dir, 'late', 'accounts.csv'), LATE);
  const loaded = loadModel(await readFile(DEFAULT_MODEL_FILE, 'utf8'));
  if (!loaded.ok) throw new Error('the default model does not load');
  model = loaded.model;
});
afterAll(() => demo.remove());

for (const dialect of DIALECTS) {
  describe(`PortfolioRepository (${dialect})`, () => {
    let test: TestStore;
    let truth: Truth[];
    let shared: Set<string>;
    beforeAll(async () => {
      test = await createTestStore(dialect);
      await importFiles(test.store, [join(demo.dir, 'demo'), join(demo.dir, 'accounts.csv')], { now: IMPORTED, threads: 'inline' });
      // Two live runs a month apart, so scores have a change over 30 days.
      await scoreAccounts(test.store, model, { asOf: MONTH_BEFORE, now: LATER });
      await scoreAccounts(test.store, model, { asOf: TEN_DAYS_BEFORE, now: LATER });
      await scoreAccounts(test.store, model, { asOf: AS_OF, now: LATER, mode: 'full' });
      await importFiles(test.store, [join(demo.dir, 'late', 'accounts.csv')], { now: LATER, threads: 'inline' });
      const db = test.store.db;
      const user = await db.insertInto('users').values({ email: REP.email, role: 'rep', created_at: LATER, updated_at: LATER, name: null, password_hash: null, last_login_at: null, disabled_at: null }).returning('id').executeTakeFirstOrThrow();
      REP.id = Number(user.id);
      const others = await db.selectFrom('accounts').select(['id', 'external_id']).where('owner_email', '<>', REP.email).orderBy('id').limit(3).execute();
      shared = new Set(others.map((o) => o.external_id));
      await db.insertInto('account_shares').values(others.map((o) => ({ account_id: Number(o.id), user_id: REP.id, granted_by: 'admin@example.com', created_at: LATER }))).execute();
      truth = await readTruth(test);
    });
    afterAll(() => test.cleanup());

    const all: PortfolioScope = { all: true };
    const rep = (): PortfolioScope => ({ all: false, ownerEmail: 'REP.One@example.COM', userId: REP.id });
    const query = (q: Partial<PortfolioListQuery>): PortfolioListQuery => ({ modelVersion: model.version, scorecard: CARD, scope: all, limit: 200, ...q });
    const walk = async (q: Partial<PortfolioListQuery>) => {
      const rows: PortfolioRow[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 100; pages++) {
        const page = await PortfolioRepository.list(test.store.db, query({ ...q, ...(cursor ? { cursor } : {}) }));
        rows.push(...page.items);
        if (!page.nextCursor) return rows;
        cursor = page.nextCursor;
      }
      throw new Error('more than 100 pages');
    };
    const ids = (rows: readonly PortfolioRow[]) => rows.map((r) => r.externalId);

    it('the fixture has what the cases need: ties, nulls, unscored accounts, moves over 30 days', () => {
      const scores = truth.map((t) => t.score).filter((s): s is number => s !== null);
      expect(new Set(scores).size).toBeLessThan(scores.length);
      expect(truth.filter((t) => t.score === null).map((t) => t.externalId)).toEqual(expect.arrayContaining(['X-LATE-1', 'X-LATE-2']));
      expect(truth.filter((t) => t.arr === null).length).toBeGreaterThan(0);
      expect(truth.filter((t) => t.change30d !== null && Math.abs(t.change30d) >= 1).length).toBeGreaterThan(0);
      expect(new Set(truth.map((t) => t.band)).size).toBeGreaterThan(2);
    });

    const filterCases = (): Array<[string, PortfolioFilter, (t: Truth) => boolean]> => {
      const bands = [...new Set(truth.map((t) => t.band).filter((b): b is string => b !== null))].sort();
      const segment = truth.find((t) => t.segment && t.segment !== 'Tie')!.segment!;
      const owner = truth.find((t) => t.ownerEmail && t.ownerEmail !== REP.email)!.ownerEmail!;
      return [
        ['one band', { bands: [bands[0]!] }, (t) => t.band === bands[0]],
        ['two bands', { bands: [bands[0]!, bands[1]!] }, (t) => t.band === bands[0] || t.band === bands[1]],
        ['segments', { segments: [segment, 'Tie'] }, (t) => t.segment === segment || t.segment === 'Tie'],
        ['owners, in any case', { owners: [owner.toUpperCase(), ' Rep.One@EXAMPLE.com '] }, (t) => t.ownerEmail === owner || t.ownerEmail === REP.email],
        ['score range', { scoreMin: 40, scoreMax: 70 }, (t) => t.score !== null && t.score >= 40 && t.score <= 70],
        ['renewal window', { renewalFrom: '2027-01-15', renewalTo: '2027-02-01' }, (t) => t.renewalDate !== null && t.renewalDate >= '2027-01-15' && t.renewalDate <= '2027-02-01'],
        ['search in names, any case', { search: 'tIE ' }, (t) => t.name.toLowerCase().includes('tie ')],
        ['search in external ids', { search: 'x-late' }, (t) => t.externalId.toLowerCase().includes('x-late')],
        ['search for % and _ literally', { search: '0% pure_' }, (t) => t.externalId === 'X-PCT'],
        ['moved by at least 1 point', { movedBy: 1 }, (t) => t.change30d !== null && Math.abs(t.change30d) >= 1],
        ['moved by at least 1 point in 7 days', { movedBy7d: 1 }, (t) => t.change7d !== null && Math.abs(t.change7d) >= 1],
        ['band and segment together', { bands: [bands[1]!], segments: [segment] }, (t) => t.band === bands[1] && t.segment === segment],
      ];
    };

    it('each filter narrows the portfolio to exactly the accounts that match', async () => {
      for (const [name, filter, matches] of filterCases()) {
        const listed = await walk({ filter, limit: 7 });
        const expected = truth.filter(matches).map((t) => t.externalId);
        expect(expected.length, name).toBeGreaterThan(0);
        expect(expected.length, name).toBeLessThan(truth.length);
        expect(ids(listed).sort(), name).toEqual(expected.sort());
      }
    });

    it('every sort, either way, walks every account exactly once in order, ties and nulls included', async () => {
      for (const by of PORTFOLIO_SORT_KEYS) {
        for (const direction of ['asc', 'desc'] as const) {
          const sort: PortfolioSort = { by, direction };
          const expected = by === 'name' ? await nameOrder(test, direction) : ordered(truth, sort);
          for (const limit of [1, 7, 200]) expect(ids(await walk({ sort, limit })), `${by} ${direction} by ${limit}`).toEqual(expected);
        }
      }
    });

    it('pages in order under a filter and a rep scope too, whichever index the page walks', async () => {
      const cases: Array<[string, Partial<PortfolioListQuery>, (t: Truth) => boolean]> = [
        ...filterCases().map(([name, filter, matches]): [string, Partial<PortfolioListQuery>, (t: Truth) => boolean] => [name, { filter }, matches]),
        ['rep scope', { scope: rep() }, (t) => t.ownerEmail === REP.email || shared.has(t.externalId)],
      ];
      for (const [name, q, matches] of cases) {
        for (const sort of [{ by: 'score', direction: 'asc' }, { by: 'change_30d', direction: 'desc' }, { by: 'arr', direction: 'desc' }, { by: 'renewal_date', direction: 'asc' }] as const) {
          expect(ids(await walk({ ...q, sort, limit: 3 })), `${name}, ${sort.by} ${sort.direction}`).toEqual(ordered(truth.filter(matches), sort));
        }
      }
    });

    it("a page asked for while a write transaction is open waits for it, and never shows what it rolled back", async () => {
      const db = test.store.db;
      const target = truth[0]!;
      let listed: Promise<PortfolioPage> | undefined;
      await db
        .transaction()
        .execute(async (trx) => {
          await trx.updateTable('accounts').set({ name: 'Not committed' }).where('external_id', '=', target.externalId).execute();
          listed = PortfolioRepository.list(db, query({ sort: { by: 'name', direction: 'asc' } }));
          throw new Error('roll back');
        })
        .catch(() => undefined);
      const page = await listed!;
      expect(page.items.find((r) => r.externalId === target.externalId)?.name).toBe(target.name);
    });

    it('lists the lowest score first by default, and unscored accounts after every scored one', async () => {
      const page = await PortfolioRepository.list(test.store.db, query({ limit: 200 }));
      const scores = page.items.map((r) => r.score);
      const firstNull = scores.indexOf(null);
      expect(firstNull).toBeGreaterThan(0);
      expect(scores.slice(firstNull).every((s) => s === null)).toBe(true);
      expect(scores.slice(0, firstNull)).toEqual([...scores.slice(0, firstNull)].sort((a, b) => (a ?? 0) - (b ?? 0)));
      const late = page.items.find((r) => r.externalId === 'X-LATE-1');
      expect(late).toMatchObject({ score: null, band: null, confidence: null, asOf: null, ownerEmail: REP.email, arr: 1000 });
      const scored = page.items[0]!;
      expect(scored.asOf).toBe(AS_OF);
      expect(scored.topDriver).toMatch(/^[a-z-]+\.[a-z0-9-]+$/);
    });

    it("a rep sees the accounts they own and those shared with them, and no one else's", async () => {
      const seen = await walk({ scope: rep(), limit: 2 });
      const expected = truth.filter((t) => t.ownerEmail === REP.email || shared.has(t.externalId)).map((t) => t.externalId);
      expect(ids(seen).sort()).toEqual(expected.sort());
      expect(ids(seen)).toEqual(expect.arrayContaining(['X-TIE-1', 'X-TIE-2', 'X-LATE-1', ...shared]));
      expect(ids(seen)).not.toContain('X-TIE-3');

      expect(await PortfolioRepository.findVisible(test.store.db, 'X-TIE-1', rep())).toBe(truth.find((t) => t.externalId === 'X-TIE-1')!.accountId);
      expect(await PortfolioRepository.findVisible(test.store.db, [...shared][0]!, rep())).toBeDefined();
      expect(await PortfolioRepository.findVisible(test.store.db, 'X-TIE-3', rep())).toBeUndefined();
      expect(await PortfolioRepository.findVisible(test.store.db, 'X-TIE-3', all)).toBeDefined();
      expect(await PortfolioRepository.findVisible(test.store.db, 'NO-SUCH', all)).toBeUndefined();
    });

    it('a cursor that is not ours, or was made for another sort, and a bad limit are PortfolioQueryErrors', async () => {
      const page = await PortfolioRepository.list(test.store.db, query({ limit: 5 }));
      const list = (q: Partial<PortfolioListQuery>) => PortfolioRepository.list(test.store.db, query(q));
      const code = async (q: Partial<PortfolioListQuery>) => (await list(q).then(() => undefined, (e: unknown) => e)) as PortfolioQueryError | undefined;

      for (const garbage of ['garbage!', 'eyJ4IjoxfQ', Buffer.from('{"s":"score","d":"asc","v":"high","i":1}').toString('base64url'), '']) {
        const error = await code({ cursor: garbage });
        expect(error, garbage).toBeInstanceOf(PortfolioQueryError);
        expect(error?.code, garbage).toBe('invalid_cursor');
      }
      expect((await code({ cursor: page.nextCursor!, sort: { by: 'score', direction: 'desc' } }))?.code).toBe('cursor_mismatch');
      expect((await code({ cursor: page.nextCursor!, sort: { by: 'arr', direction: 'asc' } }))?.code).toBe('cursor_mismatch');
      for (const limit of [0, 201, 2.5]) expect((await code({ limit }))?.code, String(limit)).toBe('invalid_limit');
      expect((await code({ cursor: 'x' }))?.userMessage).toMatchInlineSnapshot(`"The cursor is not one this API gave out; start again from the first page."`);
    });

    it('the 7-day change is the score minus the latest snapshot at least 7 days older, as the 30-day one is for 30', async () => {
      const snapshots = await test.store.db.selectFrom('score_snapshots').select(['account_id', 'as_of', 'score']).where('scorecard', '=', CARD).orderBy('as_of').execute();
      const before = (accountId: number, moment: string) => snapshots.filter((s) => Number(s.account_id) === accountId && s.as_of <= moment).at(-1)?.score ?? null;
      const scored = truth.filter((t) => t.score !== null);
      for (const t of scored) {
        const ago7 = before(t.accountId, '2026-11-08T00:00:00.000Z');
        const ago30 = before(t.accountId, '2026-10-16T00:00:00.000Z');
        expect(t.change7d, t.externalId).toBe(ago7 === null ? null : t.score! - Number(ago7));
        expect(t.change30d, t.externalId).toBe(ago30 === null ? null : t.score! - Number(ago30));
      }
      expect(scored.some((t) => t.change7d !== t.change30d)).toBe(true);
    });

    it('upsell keeps the accounts whose expansion score reaches the threshold, on any scorecard shown', async () => {
      const expansion = await test.store.db.selectFrom('current_scores').select(['account_id', 'score']).where('scorecard', '=', 'expansion').execute();
      const flagged = new Set(expansion.filter((e) => e.score !== null && Number(e.score) >= 60).map((e) => Number(e.account_id)));
      expect(flagged.size).toBeGreaterThan(0);
      expect(flagged.size).toBeLessThan(truth.length);
      const listed = await walk({ filter: { upsell: { scorecard: 'expansion', scoreMin: 60 } }, limit: 5 });
      expect(listed.map((r) => r.accountId).sort((a, b) => a - b)).toEqual([...flagged].sort((a, b) => a - b));
      const mine = await walk({ scope: rep(), filter: { upsell: { scorecard: 'expansion', scoreMin: 60 } } });
      expect(mine.every((r) => flagged.has(r.accountId) && (r.ownerEmail === REP.email || shared.has(r.externalId)))).toBe(true);
    });

    it("a page's trends are weekly points ending at each row's moment, the score in force then, oldest first", async () => {
      const page = await PortfolioRepository.list(test.store.db, query({ limit: 50 }));
      const trends = await PortfolioRepository.trends(test.store.db, { modelVersion: model.version, scorecard: CARD, rows: page.items });
      const snapshots = await test.store.db.selectFrom('score_snapshots').select(['account_id', 'as_of', 'score']).where('scorecard', '=', CARD).orderBy('as_of').execute();
      for (const row of page.items) {
        if (row.asOf === null) {
          expect(trends.has(row.accountId)).toBe(false);
          continue;
        }
        const expected = [7, 6, 5, 4, 3, 2, 1, 0].map((week) => {
          const moment = new Date(Date.parse(row.asOf!) - week * 7 * 86_400_000).toISOString();
          const s = snapshots.filter((x) => Number(x.account_id) === row.accountId && x.as_of <= moment).at(-1);
          return s?.score == null ? null : Number(s.score);
        });
        expect(trends.get(row.accountId), row.externalId).toEqual(expected);
        expect(expected.at(-1)).toBe(row.score);
      }
      expect([...trends.values()].some((t) => new Set(t.filter((p) => p !== null)).size > 1)).toBe(true);
    });

    it('totals count and sum exactly the accounts the list shows, per band too', async () => {
      const selections: Array<[string, { filter?: PortfolioFilter; scope: PortfolioScope }]> = [
        ['everything', { scope: all }],
        ['rep scope', { scope: rep() }],
        ...filterCases().map(([name, filter]): [string, { filter: PortfolioFilter; scope: PortfolioScope }] => [name, { filter, scope: all }]),
      ];
      for (const [name, selection] of selections) {
        const listed = await walk({ ...selection });
        const totals = await PortfolioRepository.totals(test.store.db, { modelVersion: model.version, scorecard: CARD, ...selection });
        const sum = (rows: readonly PortfolioRow[]) => Math.round(rows.reduce((n, r) => n + (r.arr ?? 0), 0) * 100) / 100;
        expect(totals.accounts, name).toBe(listed.length);
        expect(totals.arr, name).toBeCloseTo(sum(listed), 2);
        const bands = [...new Set(listed.map((r) => r.band))];
        expect(totals.byBand.map((b) => b.band).sort(), name).toEqual(bands.sort());
        for (const b of totals.byBand) {
          const inBand = listed.filter((r) => r.band === b.band);
          expect([b.accounts, b.arr], `${name} ${b.band}`).toEqual([inBand.length, sum(inBand)]);
        }
        expect(totals.currencies, name).toEqual([...new Set(listed.filter((r) => r.arr !== null && r.currency !== null).map((r) => r.currency!))].sort());
      }
    });
  });
}

async function readTruth(test: TestStore): Promise<Truth[]> {
  const accounts = await test.store.db.selectFrom('accounts').selectAll().execute();
  const scores = await test.store.db.selectFrom('current_scores').selectAll().where('scorecard', '=', CARD).execute();
  const byAccount = new Map(scores.map((s) => [Number(s.account_id), s]));
  return accounts.map((a) => {
    const s = byAccount.get(Number(a.id));
    const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    return {
      accountId: Number(a.id),
      externalId: a.external_id,
      name: a.name,
      segment: a.segment,
      ownerEmail: a.owner_email,
      arr: n(a.arr),
      currency: a.currency,
      renewalDate: a.renewal_date,
      score: n(s?.score),
      band: s?.band ?? null,
      confidence: n(s?.confidence),
      score30dAgo: n(s?.score_30d_ago),
      change30d: n(s?.change_30d),
      change7d: n(s?.change_7d),
      topDriver: s?.top_driver ?? null,
      asOf: s?.as_of ?? null,
    };
  });
}

const SORT_FIELDS = { score: 'score', name: 'name', arr: 'arr', renewal_date: 'renewalDate', change_30d: 'change30d', confidence: 'confidence' } as const;

/** External ids in the portfolio's order: values in the direction asked, accounts without one last, ties by id the same way. */
function ordered(rows: readonly Truth[], sort: PortfolioSort): string[] {
  const field = SORT_FIELDS[sort.by];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows]
    .sort((x, y) => {
      const a = x[field] as number | string | null;
      const b = y[field] as number | string | null;
      if (a === null || b === null) return Number(a === null) - Number(b === null) || sign * (x.accountId - y.accountId);
      return sign * (a < b ? -1 : a > b ? 1 : x.accountId - y.accountId);
    })
    .map((r) => r.externalId);
}

/** Names order by the database's collation, which JavaScript does not know. */
async function nameOrder(test: TestStore, direction: 'asc' | 'desc'): Promise<string[]> {
  const rows = await test.store.db.selectFrom('accounts').select('external_id').orderBy('name', direction).orderBy('id', direction).execute();
  return rows.map((r) => r.external_id);
}
