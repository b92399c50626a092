import { pino } from 'pino';
import { openMigratedStore } from '../src/app/index.js';
import { DEFAULT_SERVER_CONFIG, startServer } from '../src/server/index.js';

/**
 * Entry point of the API benchmark's server process (see api-server.ts): the real server
 * on its own core, over the database named in argv, on a free loopback port. It reports
 * the port once listening and, when asked, its memory and CPU time; `stop` closes it.
 */
export type ServerChildRequest = { readonly type: 'stats' } | { readonly type: 'stop' };

export type ServerChildReply =
  | { readonly type: 'listening'; readonly port: number }
  | { readonly type: 'stats'; readonly rssMb: number; readonly peakRssMb: number; readonly cpuMs: number }
  | { readonly type: 'failed'; readonly error: string };

const [url, rateLimit, uploadDir, webDir] = process.argv.slice(2);
const send = (reply: ServerChildReply, then: () => void = () => undefined) => process.send?.(reply, then);

function stats(): ServerChildReply {
  const cpu = process.cpuUsage();
  // maxRSS is in KiB on Linux: the peak since the process started.
  return { type: 'stats', rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), cpuMs: (cpu.user + cpu.system) / 1000 };
}

try {
  const store = await openMigratedStore(url);
  // Errors only: a request that fails is worth seeing, one line per request is not.
  const log = pino({ level: 'error' }, pino.destination(2));
  const server = await startServer(store, log, { port: 0, config: { ...DEFAULT_SERVER_CONFIG, rateLimitPerMinute: Number(rateLimit), uploadDir: uploadDir ?? DEFAULT_SERVER_CONFIG.uploadDir, ...(webDir ? { webDir } : {}) } });
  process.on('message', (request: ServerChildRequest) => {
    if (request.type === 'stats') send(stats());
    else
      void server.close().then(async () => {
        await store.close();
        // The last figures, then exit: --cpu-prof writes its profile on a normal exit.
        send(stats(), () => process.exit(0));
      });
  });
  send({ type: 'listening', port: server.port });
} catch (error) {
  send({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () => process.exit(1));
}
