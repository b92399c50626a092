import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * Builds dist/ from the sources being measured. Benchmarks whose figures are the product's
 * own (the mail import, the API server) run the built package in plain Node, as
 * `bellwether import` and `npm start` do: under tsx the TypeScript loader and its source
 * maps sat in the measured process and added memory and CPU time of their own.
 */
export function buildPackage(): void {
  execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
}
