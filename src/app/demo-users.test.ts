import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestStore } from '../../test/test-setup.js';
import { AuditRepository } from '../store/index.js';
import { canSeeAccount } from './account-access.js';
import { DEMO_PASSWORD, ensureDemoUsers } from './demo-users.js';
import { login } from './sessions.js';
import { listUsers } from './users.js';

const T0 = '2026-12-02T10:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`demo users (${dialect})`, () => {
    let test: TestStore;
    beforeAll(async () => {
      test = await createTestStore(dialect);
      for (const [externalId, owner] of [['A1', 'maya.chen@bellwether-demo.com'], ['A2', 'omar.haddad@bellwether-demo.com'], ['A3', 'maya.chen@bellwether-demo.com'], ['A4', null]] as const) {
        await test.store.db.insertInto('accounts').values({ record_key: externalId, known_at: T0, content_hash: 'h', created_at: T0, updated_at: T0, external_id: externalId, name: externalId, owner_email: owner }).execute();
      }
    });
    afterAll(() => test.cleanup());

    it('creates an admin, a manager, a viewer and a rep per account owner, all with the demo password', async () => {
      const users = await ensureDemoUsers(test.store, T0);

      expect(users.map((u) => `${u.email} ${u.role} ${u.name} ${u.created}`)).toEqual([
        'admin@demo.bellwether.local admin Demo Admin true',
        'manager@demo.bellwether.local manager Demo Manager true',
        'viewer@demo.bellwether.local viewer Demo Viewer true',
        'maya.chen@bellwether-demo.com rep maya.chen true',
        'omar.haddad@bellwether-demo.com rep omar.haddad true',
      ]);
      const maya = await login(test.store, { email: 'maya.chen@bellwether-demo.com', password: DEMO_PASSWORD, now: T0 });
      expect(await canSeeAccount(test.store, maya.principal, 'A3')).toBe(true);
      expect(await canSeeAccount(test.store, maya.principal, 'A2')).toBe(false);
      expect((await login(test.store, { email: 'admin@demo.bellwether.local', password: DEMO_PASSWORD, now: T0 })).user.role).toBe('admin');
      const audit = await AuditRepository.list(test.store.db, { limit: 10, entity: 'user' });
      expect(audit.map((e) => `${e.actor} ${e.action} ${e.entityId}`)).toHaveLength(5);
      expect(audit.every((e) => e.actor === 'bellwether' && e.action === 'user.create')).toBe(true);
    });

    it('is idempotent: a second start creates nobody and writes no audit entry', async () => {
      const again = await ensureDemoUsers(test.store, '2026-12-03T10:00:00.000Z');

      expect(again.every((u) => !u.created)).toBe(true);
      expect(again).toHaveLength(5);
      expect(await listUsers(test.store)).toHaveLength(5);
      expect(await AuditRepository.list(test.store.db, { limit: 10, entity: 'user' })).toHaveLength(5);
    });
  });
}
