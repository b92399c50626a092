export { importFiles, type ImportReport } from './import-files.js';
export { openMigratedStore } from './open-store.js';
export { loadDemo, type LoadDemoResult } from './load-demo.js';
