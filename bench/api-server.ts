import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildPackage } from './build-package.js';

const CHILD = fileURLToPath(new URL('./api-server-child.mjs', import.meta.url));

/** What bench/api-server-child.mjs is asked, and what it answers. */
export type ServerChildRequest = { readonly type: 'stats' } | { readonly type: 'stop' };

export type ServerChildReply =
  | { readonly type: 'listening'; readonly port: number }
  | { readonly type: 'stats'; readonly rssMb: number; readonly peakRssMb: number; readonly cpuMs: number }
  | { readonly type: 'failed'; readonly error: string };

export type ServerStats = Omit<Extract<ServerChildReply, { type: 'stats' }>, 'type'>;

export interface BenchServer {
  readonly port: number;
  stats(): Promise<ServerStats>;
  /** Closes the server; its last figures. */
  stop(): Promise<ServerStats>;
}

export interface BenchServerOptions {
  readonly url: string;
  readonly rateLimitPerMinute: number;
  readonly uploadDir: string;
  /** Write a V8 CPU profile of the server into this directory when it stops. */
  readonly cpuProfileDir?: string;
  /** Serve the built dashboard from here too (the web benchmark). */
  readonly webDir?: string;
}

function nextReply(child: ChildProcess): Promise<ServerChildReply> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the API server exited with code ${code}`));
    child.once('exit', onExit);
    child.once('message', (reply: ServerChildReply) => {
      child.off('exit', onExit);
      if (reply.type === 'failed') reject(new Error(`the API server did not start: ${reply.error}`));
      else resolve(reply);
    });
  });
}

async function ask(child: ChildProcess, request: ServerChildRequest): Promise<ServerStats> {
  const reply = nextReply(child);
  child.send(request);
  const answer = await reply;
  if (answer.type !== 'stats') throw new Error(`the API server answered ${answer.type} to ${request.type}`);
  const { type: _type, ...figures } = answer;
  return figures;
}

/**
 * The API server, built from the current sources, in a plain Node process of its own, so the
 * load generator in this process and the server each have a core of their own.
 */
export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  buildPackage();
  const execArgv = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const child = fork(CHILD, [options.url, String(options.rateLimitPerMinute), options.uploadDir, ...(options.webDir ? [options.webDir] : [])], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const listening = await nextReply(child).catch((error: unknown) => {
    child.kill();
    throw error;
  });
  if (listening.type !== 'listening') throw new Error(`the API server answered ${listening.type} before listening`);
  return {
    port: listening.port,
    stats: () => ask(child, { type: 'stats' }),
    async stop() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const last = await ask(child, { type: 'stop' });
      await exited;
      return last;
    },
  };
}
