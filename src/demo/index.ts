export { generateDemo } from './generate-demo.js';
export { DEMO_SIZES, type DemoAccountTruth, type DemoOptions, type DemoRenewalTruth, type DemoResult, type DemoSize } from './demo-options.js';
export type { DemoFileSummary } from './demo-file.js';
export { DIRTY_KINDS, type DirtyKind, SCHEMA_VALID_DIRTY_KINDS } from './dirty-kinds.js';
export { DEMO_FILES } from './demo-columns.js';
export { DEMO_METRIC } from './metric-rows.js';
export { DemoError, type DemoErrorCode } from './demo-error.js';
