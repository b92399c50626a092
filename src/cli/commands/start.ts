import { resolve } from 'node:path';
import type { Command } from 'commander';
import { activeModel, DEMO_ADMIN_EMAIL, ensureDemoUsers, findUser, loadDemo, openMigratedStore, scoreAccounts } from '../../app/index.js';
import { defaultWebDir, serverConfigFromEnv, startServer } from '../../server/index.js';
import { buildDashboard, dashboardNeedsBuild } from '../dashboard-build.js';
import { actorOf, createLogger, databaseUrl, nowIso, type GlobalOptions } from '../context.js';
import { printBootstrapToken, printDemoUsers } from '../print-access.js';
import { formatImportReport } from '../print-import-report.js';
import { parsePort } from './serve.js';

export function registerStart(program: Command) {
  program
    .command('start')
    .description('first run: migrate, import the demo data (size S) if the database is empty, score, and serve')
    .option('--port <n>', 'port (default: PORT or 3000)')
    .option('--demo-dir <dir>', 'where the demo files are written', './data/demo')
    .action(async (options: { port?: string; demoDir: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const log = createLogger();
      const store = await openMigratedStore(databaseUrl(global));
      const now = nowIso();
      const demo = await loadDemo(store, { size: 'S', asOf: `${now.slice(0, 10)}T00:00:00.000Z`, directory: resolve(options.demoDir), now });
      if (demo.report) process.stdout.write(`Imported demo data from ${demo.directory}:\n${formatImportReport(demo.report, 2)}\n`);
      else process.stdout.write('The database already has accounts; skipping the demo import.\n');
      // Score as of now: only accounts whose inputs changed since the last run are rescored.
      const { model } = await activeModel(store, { now, actor: actorOf(undefined) });
      const scored = await scoreAccounts(store, model, { asOf: now, now });
      process.stdout.write(`Scored ${scored.total} accounts with model ${scored.modelName} (${scored.modelVersion}): ${scored.scored} scored, ${scored.kept} unchanged. Try \`npx bellwether explain ${await firstAccount(store)}\`.\n`);
      // Demo users only on the demo's own database: never a known password on someone's real data.
      const demoDatabase = demo.report !== undefined || (await findUser(store, DEMO_ADMIN_EMAIL)) !== undefined;
      if (demoDatabase) printDemoUsers(await ensureDemoUsers(store, now));
      if (dashboardNeedsBuild()) {
        process.stdout.write('Building the dashboard…\n');
        await buildDashboard();
      }
      const webDir = defaultWebDir();
      const config = serverConfigFromEnv(process.env, { uploadDir: './data/uploads', ...(webDir ? { webDir } : {}) });
      const { port } = await startServer(store, log, { port: parsePort(options.port), hostname: process.env.HOST ?? '127.0.0.1', config });
      if (!demoDatabase) await printBootstrapToken(store, now, port);
      log.info({ port, database: store.dialect }, 'server listening');
      process.stdout.write(`Bellwether is serving on http://localhost:${port} (dashboard${webDir ? '' : ' not built'}; API docs: http://localhost:${port}/api/docs)\n`);
    });
}

async function firstAccount(store: Awaited<ReturnType<typeof openMigratedStore>>): Promise<string> {
  const row = await store.db.selectFrom('accounts').select('external_id').orderBy('id').limit(1).executeTakeFirst();
  return row?.external_id ?? 'ACCOUNT';
}
