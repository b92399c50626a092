import { generateDemo, type DemoSize } from '../demo/index.js';
import { AccountRepository, type Store } from '../store/index.js';
import { importFiles, type ImportReport } from './import-files.js';

export interface LoadDemoResult {
  readonly skipped: boolean;
  readonly directory: string;
  readonly report?: ImportReport;
}

/**
 * Writes the demo files and imports them through the same path a user's files take.
 * Skipped when the store already has accounts, so `npm start` twice imports once.
 */
export async function loadDemo(store: Store, options: { size: DemoSize | number; asOf: string; directory: string; now: string; force?: boolean; onFile?: (file: string, index: number, total: number) => void }): Promise<LoadDemoResult> {
  if (!options.force && (await AccountRepository.count(store.db)) > 0) return { skipped: true, directory: options.directory };
  await generateDemo({ size: options.size, asOf: options.asOf, outDir: options.directory });
  const report = await importFiles(store, [options.directory], { now: options.now, ...(options.onFile ? { onFile: options.onFile } : {}) });
  return { skipped: false, directory: options.directory, report };
}
