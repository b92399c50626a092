import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test-setup.js';
import { startApiHarness, type ApiHarness } from './api-harness.js';

interface View {
  id: number;
  name: string;
  query: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

for (const dialect of DIALECTS) {
  describe(`saved views API (${dialect})`, () => {
    let h: ApiHarness;
    beforeAll(async () => {
      h = await startApiHarness(dialect);
    }, 120_000);
    afterAll(async () => h?.close());

    it('saves a view, lists it back as saved, and replaces it when saved again under its name', async () => {
      const query = { scorecard: 'health', band: ['At risk', 'Critical'], renewalWithinDays: 90, q: 'acme', upsell: true, sort: 'arr', direction: 'desc' };
      const created = await h.json<View>('rep', '/api/v1/saved-views', post({ name: ' Renewing, at risk ', query }));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'Renewing, at risk', query });

      const listed = await h.json<{ items: View[] }>('rep', '/api/v1/saved-views');
      expect(listed.body.items).toEqual([created.body]);

      const replaced = await h.json<View>('rep', '/api/v1/saved-views', post({ name: 'Renewing, at risk', query: { movedBy7d: 1 } }));
      expect(replaced.status).toBe(200);
      expect(replaced.body).toMatchObject({ id: created.body.id, query: { movedBy7d: 1 } });
      expect((await h.json<{ items: View[] }>('rep', '/api/v1/saved-views')).body.items.map((v) => v.query)).toEqual([{ movedBy7d: 1 }]);
    });

    it("keeps each user's views apart: another user neither lists nor deletes them (404)", async () => {
      const mine = await h.json<View>('manager', '/api/v1/saved-views', post({ name: 'Mine', query: { segment: ['Enterprise'] } }));
      expect(mine.status).toBe(201);
      expect((await h.json<{ items: View[] }>('otherRep', '/api/v1/saved-views')).body.items).toEqual([]);
      const theirs = await h.json('otherRep', `/api/v1/saved-views/${mine.body.id}`, { method: 'DELETE' });
      expect(theirs.status).toBe(404);
      expect((await h.json<{ items: View[] }>('manager', '/api/v1/saved-views')).body.items.map((v) => v.name)).toEqual(['Mine']);

      expect((await h.fetchAs('manager', `/api/v1/saved-views/${mine.body.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await h.json<{ items: View[] }>('manager', '/api/v1/saved-views')).body.items).toEqual([]);
      expect((await h.json('manager', `/api/v1/saved-views/${mine.body.id}`, { method: 'DELETE' })).status).toBe(404);
    });

    it('a viewer keeps views too; a query with an unknown field or a bad sort is refused naming the field', async () => {
      expect((await h.json('viewer', '/api/v1/saved-views', post({ name: 'Look', query: {} }))).status).toBe(201);
      const unknown = await h.json<{ errors: Array<{ field: string }> }>('viewer', '/api/v1/saved-views', post({ name: 'Bad', query: { colour: 'red' } }));
      expect(unknown.status).toBe(400);
      const badSort = await h.json<{ errors: Array<{ field: string }> }>('viewer', '/api/v1/saved-views', post({ name: 'Bad', query: { sort: 'owner' } }));
      expect(badSort.status).toBe(400);
      expect(badSort.body.errors.map((e) => e.field).join(' ')).toContain('sort');
      expect((await h.json('viewer', '/api/v1/saved-views', post({ name: '', query: {} }))).status).toBe(400);
      expect((await h.fetchAs('viewer', '/api/v1/saved-views/abc', { method: 'DELETE' })).status).toBe(400);
    });
  });
}
