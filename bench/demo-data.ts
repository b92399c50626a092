import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemo, type DemoSize } from '../src/demo/index.js';

const AS_OF = '2026-11-01T00:00:00Z';
const SEED = 1;

/**
 * The demo data set a benchmark reads, generated once into `.bench/demo-<size>` and reused.
 * The marker file is written last, so an interrupted generation is redone rather than reused.
 */
export async function benchDemoData(size: DemoSize, root = '.bench'): Promise<{ dir: string; generated: boolean }> {
  const dir = join(root, `demo-${size}`);
  const marker = join(dir, '.complete');
  const wanted = JSON.stringify({ size, seed: SEED, asOf: AS_OF });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) return { dir, generated: false };
  rmSync(dir, { recursive: true, force: true });
  await generateDemo({ size, seed: SEED, asOf: AS_OF, outDir: dir });
  writeFileSync(marker, wanted);
  return { dir, generated: true };
}
