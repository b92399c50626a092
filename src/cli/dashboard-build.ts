import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB_SOURCE = join(ROOT, 'web');
const WEB_BUILD = join(ROOT, 'dist', 'web', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether the dashboard's sources (in a checkout) are newer than its build, or it was never built. */
export function dashboardNeedsBuild(): boolean {
  if (!existsSync(WEB_SOURCE)) return false; // an installed package ships the build only
  if (!existsSync(WEB_BUILD)) return true;
  return newestMtime(WEB_SOURCE) > statSync(WEB_BUILD).mtimeMs;
}

/**
 * Builds the dashboard with Vite into dist/web (what `npm run build` does), quietly, for
 * production whoever calls it. Vite and the React plugin take NODE_ENV as they find it, and
 * the test runner sets it to `test`: the browser tests' build was React's development build,
 * left in dist/web for `npm start` to serve.
 */
export async function buildDashboard(): Promise<void> {
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(WEB_SOURCE, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
