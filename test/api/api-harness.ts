import { pino } from 'pino';
import { activeModel, createApiKey, createUser, DEMO_PASSWORD, ensureDemoUsers, loadDemo, scoreAccounts, type DemoUser } from '../../src/app/index.js';
import { DEFAULT_SERVER_CONFIG, startServer, type RunningServer, type ServerConfig } from '../../src/server/index.js';
import type { Role, Store } from '../../src/store/index.js';
import { createTestStore, makeTempDir, type Dialect } from '../test-setup.js';

/** The clock of every API test: the demo data runs up to this moment and the server believes it is now. */
export const API_TEST_NOW = '2026-12-01T12:00:00.000Z';

export type HarnessRole = Role | 'otherRep';

export interface ApiHarness {
  readonly base: string;
  readonly store: Store;
  readonly server: RunningServer;
  /** An API key per role; `rep` and `otherRep` are two reps with accounts of their own. */
  readonly keys: Readonly<Record<HarnessRole, string>>;
  readonly emails: Readonly<Record<HarnessRole, string>>;
  /** Accounts owned by `rep` and by `otherRep`, by external id. */
  readonly repAccounts: readonly string[];
  readonly otherRepAccounts: readonly string[];
  /** A scratch directory removed with the harness. */
  readonly dir: string;
  /** fetch with the role's API key. */
  fetchAs(role: HarnessRole, path: string, init?: RequestInit): Promise<Response>;
  /** fetch JSON with the role's API key; the status and parsed body. */
  json<T = any>(role: HarnessRole, path: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Demo accounts generated, imported and scored (default 60). */
  readonly accounts?: number;
  readonly config?: Partial<ServerConfig>;
}

/**
 * A real server on a random port over a real store (a temp SQLite file, or a fresh
 * PostgreSQL schema) holding scored demo accounts, with a user and an API key per role.
 */
export async function startApiHarness(dialect: Dialect, options: HarnessOptions = {}): Promise<ApiHarness> {
  const test = await createTestStore(dialect);
  const temp = makeTempDir('bw-api-');
  const { store } = test;
  const now = API_TEST_NOW;
  await loadDemo(store, { size: options.accounts ?? 60, asOf: now, directory: temp.dir + '/demo', now });
  const { model } = await activeModel(store, { now, actor: 'test@bellwether.local' });
  await scoreAccounts(store, model, { asOf: now, now });

  const demo = await ensureDemoUsers(store, now);
  const owners = await ownersByAccounts(store);
  const reps = demo.filter((u: DemoUser) => u.role === 'rep' && (owners.get(u.email)?.length ?? 0) > 0);
  const [rep, otherRep] = reps;
  if (!rep || !otherRep) throw new Error('the demo data needs two reps with accounts');
  const emails: Record<HarnessRole, string> = { admin: 'admin@test.bellwether.local', manager: 'manager@test.bellwether.local', viewer: 'viewer@test.bellwether.local', rep: rep.email, otherRep: otherRep.email };
  for (const role of ['admin', 'manager', 'viewer'] as const) await createUser(store, { email: emails[role], role, password: DEMO_PASSWORD, actor: 'test', now });
  const keys = {} as Record<HarnessRole, string>;
  for (const role of Object.keys(emails) as HarnessRole[]) keys[role] = (await createApiKey(store, { userEmail: emails[role], name: `${role} key`, createdBy: 'test', now })).key;

  const config: ServerConfig = { ...DEFAULT_SERVER_CONFIG, uploadDir: `${temp.dir}/uploads`, rateLimitPerMinute: 100_000, ...options.config };
  const server = await startServer(store, pino({ level: 'silent' }), { port: 0, config, now: () => now });
  const base = `http://127.0.0.1:${server.port}`;
  const fetchAs = (role: HarnessRole, path: string, init: RequestInit = {}) => fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${keys[role]}`, ...(init.headers as Record<string, string> | undefined) } });
  return {
    base,
    store,
    server,
    keys,
    emails,
    repAccounts: owners.get(rep.email) ?? [],
    otherRepAccounts: owners.get(otherRep.email) ?? [],
    dir: temp.dir,
    fetchAs,
    async json(role, path, init) {
      const res = await fetchAs(role, path, init);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
    },
    async close() {
      await server.close();
      await test.cleanup();
      temp.remove();
    },
  };
}

async function ownersByAccounts(store: Store): Promise<Map<string, string[]>> {
  const rows = await store.db.selectFrom('accounts').select(['external_id', 'owner_email']).orderBy('external_id').execute();
  const out = new Map<string, string[]>();
  for (const r of rows) if (r.owner_email) out.set(r.owner_email, [...(out.get(r.owner_email) ?? []), r.external_id]);
  return out;
}
