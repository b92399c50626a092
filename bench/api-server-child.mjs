// Entry point of the API benchmark's server process (see api-server.ts): the real server,
// built (dist/), in plain Node as `npm start` runs it, on its own core, over the database
// named in argv, on a free loopback port. It reports the port once listening and, when
// asked, its memory and CPU time; `stop` closes it. Plain JavaScript because Node 20 cannot
// run TypeScript without a loader; the messages' types are in api-server.ts.
import process from 'node:process';
import { URL } from 'node:url';

const DIST = new URL('../dist/', import.meta.url);
const { pino } = await import('pino');
const { openMigratedStore } = await import(new URL('app/index.js', DIST).href);
const { DEFAULT_SERVER_CONFIG, startServer } = await import(new URL('server/index.js', DIST).href);

const [url, rateLimit, uploadDir, webDir] = process.argv.slice(2);
const send = (reply, then = () => undefined) => process.send?.(reply, then);

function stats() {
  const cpu = process.cpuUsage();
  // maxRSS is in KiB on Linux: the peak since the process started.
  return { type: 'stats', rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), cpuMs: (cpu.user + cpu.system) / 1000 };
}

try {
  const store = await openMigratedStore(url);
  // Errors only: a request that fails is worth seeing, one line per request is not.
  const log = pino({ level: 'error' }, pino.destination(2));
  const server = await startServer(store, log, { port: 0, config: { ...DEFAULT_SERVER_CONFIG, rateLimitPerMinute: Number(rateLimit), uploadDir: uploadDir ?? DEFAULT_SERVER_CONFIG.uploadDir, ...(webDir ? { webDir } : {}) } });
  process.on('message', (request) => {
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
