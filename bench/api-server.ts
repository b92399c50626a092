import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServerChildReply, ServerChildRequest } from './api-server-child.js';

const CHILD = fileURLToPath(new URL('./api-server-child.ts', import.meta.url));

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
 * The API server in a process of its own (the same tsx loader, via execArgv), so the load
 * generator in this process and the server each have a core of their own.
 */
export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const execArgv = [...process.execArgv, ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [])];
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
