import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test-setup.js';
import { API_TEST_NOW, startApiHarness, type ApiHarness, type HarnessRole } from './api-harness.js';

const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

for (const dialect of DIALECTS) {
  describe(`overrides and pulses API (${dialect})`, () => {
    let h: ApiHarness;
    let mine: string;
    let theirs: string;
    beforeAll(async () => {
      h = await startApiHarness(dialect);
      mine = h.repAccounts[0] as string;
      theirs = h.otherRepAccounts[0] as string;
    }, 180_000);
    afterAll(async () => h?.close());

    const createOverride = (role: HarnessRole, account: string, body: unknown) => h.json(role, `/api/v1/accounts/${account}/overrides`, post(body));

    it('lets a rep override their own account, authored by them whatever the body says, and the score follows', async () => {
      const made = await createOverride('rep', mine, { set: 40, reason: 'champion left, renewal at risk', scorecard: 'health', expiresAt: '2027-01-31', authorEmail: 'someone@else.com' });
      expect(made.status).toBe(201);
      expect(made.body).toEqual({
        id: expect.any(Number),
        accountExternalId: mine,
        scorecard: 'health',
        mode: 'absolute',
        value: 40,
        reason: 'champion left, renewal at risk',
        authorEmail: h.emails.rep,
        createdAt: API_TEST_NOW,
        expiresAt: '2027-01-31T00:00:00.000Z',
        status: 'active',
      });
      const list = await h.json('rep', `/api/v1/accounts/${mine}/overrides`);
      expect(list.body.items[0]).toEqual(made.body);
      // The background rescore stores the overridden score.
      await h.server.deps.background.idle();
      const detail = await h.json('rep', `/api/v1/accounts/${mine}`);
      expect(detail.body.scorecards.find((s: { scorecard: string }) => s.scorecard === 'health')).toMatchObject({ score: 40, override: expect.objectContaining({ value: 40 }) });
    });

    it('defaults an override to every scorecard for 30 days', async () => {
      const made = await createOverride('manager', h.repAccounts[1] as string, { delta: -10, reason: 'exec escalation open' });
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({ mode: 'delta', value: -10, authorEmail: h.emails.manager, expiresAt: '2026-12-31T12:00:00.000Z' });
      expect(made.body.scorecard).toBeUndefined();
    });

    it('rejects a bad override with a 400 naming the field', async () => {
      const cases: Array<[unknown, string]> = [
        [{ set: 40, delta: 5, reason: 'both given' }, 'delta'],
        [{ reason: 'neither given' }, 'set'],
        [{ set: 140, reason: 'out of range' }, 'set'],
        [{ delta: -10 }, 'reason'],
        [{ delta: -10, reason: 'no' }, 'reason'],
        [{ delta: -10, reason: 'typo in the scorecard', scorecard: 'helth' }, 'scorecard'],
        [{ delta: -10, reason: 'not a time', expiresAt: 'soon' }, 'expiresAt'],
      ];
      for (const [body, field] of cases) {
        const res = await createOverride('rep', mine, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.headers.get('content-type')).toBe('application/problem+json');
        expect(res.body.errors[0], JSON.stringify(body)).toMatchObject({ field, in: 'body' });
      }
      // An expiry in the past passes the schema; the use case refuses it, naming the field too.
      const past = await createOverride('rep', mine, { delta: -10, reason: 'already over', expiresAt: '2026-11-01' });
      expect(past.status).toBe(400);
      expect(past.body).toMatchObject({ type: 'https://bellwether.dev/problems/invalid-human-input', errors: [{ field: 'expiresAt', in: 'body', code: 'expires_in_past' }] });
      expect((await h.json('rep', `/api/v1/accounts/${mine}/overrides`)).body.items.every((o: { reason: string }) => o.reason !== 'already over')).toBe(true);
    });

    it('refuses a viewer (403) and a rep on another rep\'s account (404), and writes nothing', async () => {
      const viewer = await createOverride('viewer', mine, { delta: 5, reason: 'viewer tries' });
      expect(viewer.status).toBe(403);
      expect(viewer.body.type).toBe('https://bellwether.dev/problems/forbidden');
      const rep = await createOverride('rep', theirs, { delta: 5, reason: 'not my account' });
      expect(rep.status).toBe(404);
      expect(rep.body.type).toBe('https://bellwether.dev/problems/account-not-found');
      for (const path of ['overrides', 'pulses']) expect((await h.json('rep', `/api/v1/accounts/${theirs}/${path}`)).status, path).toBe(404);
      expect((await h.json('rep', `/api/v1/accounts/${theirs}/pulses`, post({ rating: 'red', note: 'not mine' }))).status).toBe(404);
      expect((await h.json('viewer', `/api/v1/accounts/${mine}/pulses`, post({ rating: 'red', note: 'viewer' }))).status).toBe(403);
      // A viewer still reads them.
      expect((await h.json('viewer', `/api/v1/accounts/${mine}/overrides`)).status).toBe(200);
      expect((await h.json('admin', `/api/v1/accounts/${theirs}/overrides`)).body.items).toEqual([]);
    });

    it('expires an override with a reason; a second expiry is a conflict', async () => {
      const made = await createOverride('otherRep', theirs, { set: 70, reason: 'big expansion signed' });
      const id = made.body.id as number;
      // The other rep's override is missing to this rep, and a viewer may not end it.
      const stranger = await h.json('rep', `/api/v1/overrides/${id}/expire`, post({ reason: 'not mine to end' }));
      expect(stranger.status).toBe(404);
      expect(stranger.body.detail).toBe(`No override #${id}.`);
      expect((await h.json('viewer', `/api/v1/overrides/${id}/expire`, post({ reason: 'viewer tries' }))).status).toBe(403);
      const noReason = await h.json('otherRep', `/api/v1/overrides/${id}/expire`, post({}));
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors[0]).toMatchObject({ field: 'reason', in: 'body' });

      const ended = await h.json('otherRep', `/api/v1/overrides/${id}/expire`, post({ reason: 'deal fell through' }));
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({ id, status: 'revoked', revokedAt: API_TEST_NOW, revokedBy: h.emails.otherRep, revokeReason: 'deal fell through' });
      const again = await h.json('otherRep', `/api/v1/overrides/${id}/expire`, post({ reason: 'once more' }));
      expect(again.status).toBe(409);
      expect(again.body.errors[0]).toMatchObject({ field: 'id', in: 'path', code: 'already_ended' });
      expect((await h.json('admin', '/api/v1/overrides/999999/expire', post({ reason: 'no such one' }))).status).toBe(404);
      expect((await h.json('otherRep', `/api/v1/accounts/${theirs}/overrides`)).body.items.find((o: { id: number }) => o.id === id)).toMatchObject({ status: 'revoked', revokeReason: 'deal fell through' });
    });

    it('records a pulse that supersedes the same author\'s previous one, and expires it', async () => {
      const first = await h.json('rep', `/api/v1/accounts/${mine}/pulses`, post({ rating: 'yellow', note: 'quiet quarter' }));
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ pulse: { rating: 'yellow', note: 'quiet quarter', authorEmail: h.emails.rep, expiresAt: '2027-03-01T12:00:00.000Z', status: 'active' }, superseded: [] });
      const second = await h.json('rep', `/api/v1/accounts/${mine}/pulses`, post({ rating: 'red', note: 'sponsor leaving in January' }));
      expect(second.body.superseded).toEqual([expect.objectContaining({ id: first.body.pulse.id, status: 'revoked', revokeReason: `superseded by pulse #${second.body.pulse.id}` })]);
      const list = await h.json('rep', `/api/v1/accounts/${mine}/pulses`);
      expect(list.body.items.map((p: { id: number; status: string }) => [p.id, p.status])).toEqual([
        [second.body.pulse.id, 'active'],
        [first.body.pulse.id, 'revoked'],
      ]);
      const bad = await h.json('rep', `/api/v1/accounts/${mine}/pulses`, post({ rating: 'orange', note: 'x' }));
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'rating', in: 'body' });
      expect((await h.json('rep', `/api/v1/accounts/${mine}/pulses`, post({ rating: 'red' }))).body.errors[0]).toMatchObject({ field: 'note' });

      const id = second.body.pulse.id as number;
      expect((await h.json('otherRep', `/api/v1/pulses/${id}/expire`, post({ reason: 'not mine' }))).status).toBe(404);
      const ended = await h.json('manager', `/api/v1/pulses/${id}/expire`, post({ reason: 'entered by mistake' }));
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({ id, status: 'revoked', revokedBy: h.emails.manager });
      expect((await h.json('rep', `/api/v1/pulses/${id}/expire`, post({ reason: 'twice' }))).status).toBe(409);
    });
  });
}
