import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { AccountShareRepository } from '../store/index.js';
import { ACTIONS, can, canSeeAccount, canSeeAllAccounts, canWriteHumanInput, reachOf, ROLES, visibleAccountScope } from './account-access.js';
import { shareAccount } from './account-shares.js';
import { principalOf, type Principal } from './principal.js';
import { createUser } from './users.js';

const T0 = '2026-12-02T10:00:00.000Z';

describe('the permission matrix', () => {
  it('gives every role a reach for every action', () => {
    const table = ACTIONS.map((action) => `${action.padEnd(26)}${ROLES.map((role) => reachOf(role, action).padEnd(8)).join('')}`.trimEnd());
    expect(['action'.padEnd(26) + ROLES.map((r) => r.padEnd(8)).join('').trimEnd(), ...table].join('\n')).toMatchInlineSnapshot(`
      "action                    admin   manager rep     viewer
      read                      all     all     own     all
      write_human_input         all     all     own     none
      manage_models             all     all     none    none
      import_data               all     all     none    none
      manage_users              all     none    none    none
      manage_api_keys_of_others all     none    none    none
      read_audit                all     all     own     none
      share_accounts            all     all     none    none
      manage_review_list        all     all     none    none
      read_settings             all     all     none    none
      manage_settings           all     none    none    none"
    `);
  });

  it('can() says yes for a reach of all or own, and only admins, managers and viewers see every account', () => {
    const as = (role: Principal['role']) => ({ role });
    expect(ACTIONS.filter((a) => can(as('admin'), a))).toEqual([...ACTIONS]);
    expect(ACTIONS.filter((a) => can(as('manager'), a))).toEqual(ACTIONS.filter((a) => !['manage_users', 'manage_api_keys_of_others', 'manage_settings'].includes(a)));
    expect(ACTIONS.filter((a) => can(as('rep'), a))).toEqual(['read', 'write_human_input', 'read_audit']);
    expect(ACTIONS.filter((a) => can(as('viewer'), a))).toEqual(['read']);
    expect(ROLES.filter(canSeeAllAccounts)).toEqual(['admin', 'manager', 'viewer']);
  });
});

for (const dialect of DIALECTS) {
  describe(`account access (${dialect})`, () => {
    let test: TestStore;
    const people: Record<string, Principal> = {};
    beforeAll(async () => {
      test = await createTestStore(dialect);
      for (const [externalId, owner] of [['MINE', 'rep@example.com'], ['SHARED', 'other-rep@example.com'], ['THEIRS', 'other-rep@example.com']] as const) {
        await test.store.db.insertInto('accounts').values({ record_key: externalId, known_at: T0, content_hash: 'h', created_at: T0, updated_at: T0, external_id: externalId, name: externalId, owner_email: owner }).execute();
      }
      for (const [email, role] of [['rep@example.com', 'rep'], ['other-rep@example.com', 'rep'], ['boss@example.com', 'manager'], ['admin@example.com', 'admin'], ['watcher@example.com', 'viewer']] as const) {
        people[role === 'rep' ? email : role] = principalOf(await createUser(test.store, { email, role, actor: 'root@example.com', now: T0 }), 'session');
      }
      await shareAccount(test.store, { account: 'SHARED', userEmail: 'rep@example.com', by: 'boss@example.com', now: T0 });
    });
    afterAll(() => test.cleanup());
    const who = (key: string): Principal => {
      const p = people[key];
      if (!p) throw new Error(`no principal ${key}`);
      return p;
    };

    it('a rep sees the accounts they own and those shared with them, not another rep’s', async () => {
      const rep = who('rep@example.com');
      const seen = [];
      for (const account of ['MINE', 'SHARED', 'THEIRS', 'NOPE']) if (await canSeeAccount(test.store, rep, account)) seen.push(account);

      expect(seen).toEqual(['MINE', 'SHARED']);
      const scope = visibleAccountScope(rep);
      expect(scope).toEqual({ all: false, ownerEmail: 'rep@example.com', userId: rep.userId });
      if (scope.all) throw new Error('a rep sees only their accounts');
      expect(await AccountShareRepository.visibleAccountIds(test.store.db, scope)).toHaveLength(2);
      expect(await canSeeAccount(test.store, who('other-rep@example.com'), 'THEIRS')).toBe(true);
      expect(await canSeeAccount(test.store, who('other-rep@example.com'), 'MINE')).toBe(false);
    });

    it('writes pulses and overrides: admins and managers anywhere, a rep on owned and shared accounts, a viewer nowhere', async () => {
      const writable = async (key: string) => {
        const out = [];
        for (const account of ['MINE', 'SHARED', 'THEIRS']) if (await canWriteHumanInput(test.store, who(key), account)) out.push(account);
        return out;
      };
      expect(await writable('admin')).toEqual(['MINE', 'SHARED', 'THEIRS']);
      expect(await writable('manager')).toEqual(['MINE', 'SHARED', 'THEIRS']);
      expect(await writable('rep@example.com')).toEqual(['MINE', 'SHARED']);
      expect(await writable('viewer')).toEqual([]);
      expect(visibleAccountScope(who('viewer'))).toEqual({ all: true });
      expect(await canSeeAccount(test.store, who('viewer'), 'THEIRS')).toBe(true);
    });
  });
}
