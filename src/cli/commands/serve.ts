import type { Command } from 'commander';
import { openMigratedStore } from '../../app/index.js';
import { defaultWebDir, serverConfigFromEnv, startServer } from '../../server/index.js';
import { createLogger, databaseUrl, nowIso, UsageError, type GlobalOptions } from '../context.js';
import { printBootstrapToken } from '../print-access.js';

export function parsePort(value: string | undefined): number {
  const port = Number(value ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`invalid port "${value}"`);
  return port;
}

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('serve the API on http://localhost:PORT')
    .option('--port <n>', 'port (default: PORT or 3000)')
    .option('--host <host>', 'address to bind (default: HOST or 127.0.0.1)')
    .action(async (options: { port?: string; host?: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const log = createLogger();
      const store = await openMigratedStore(databaseUrl(global));
      const webDir = defaultWebDir();
      const config = serverConfigFromEnv(process.env, { uploadDir: './data/uploads', ...(webDir ? { webDir } : {}) });
      const { port } = await startServer(store, log, { port: parsePort(options.port), hostname: options.host ?? process.env.HOST ?? '127.0.0.1', config });
      await printBootstrapToken(store, nowIso(), port);
      log.info({ port, database: store.dialect }, 'server listening');
      process.stdout.write(`Bellwether is serving on http://localhost:${port} (API docs: http://localhost:${port}/api/docs)\n`);
    });
}
