import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread running the module `name` (without extension) beside `from`
 * (an `import.meta.url`). Built code runs the compiled `.js`; from source (tests, `tsx`)
 * the thread first registers tsx (a dev dependency, so present whenever source runs),
 * since Node 20 does not pass `--import` loaders on to worker threads.
 */
export function startModuleWorker(name: string, from: string, options: WorkerOptions = {}): Worker {
  if (!from.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, from), options);
  const entry = new URL(`./${name}.ts`, from).href;
  const tsx = pathToFileURL(join(dirname(createRequire(from).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
