export { generateDemo } from './generate-demo.js';
export { DEMO_SIZES, type DemoAccountTruth, type DemoOptions, type DemoRenewalTruth, type DemoResult, type DemoSize } from './demo-options.js';
export type { CalendarFileSummary, DemoFileSummary, MailFileSummary, RowFileSummary } from './demo-file-summary.js';
export {
  CALENDAR_DIRTY_KINDS,
  type CalendarDirtyKind,
  DIRTY_KINDS,
  type DirtyKind,
  MAIL_DIRTY_KINDS,
  MAIL_LEGACY_KINDS,
  type MailDirtyKind,
  type MailLegacyKind,
  MAIL_UNMATCHED_KINDS,
  type MailUnmatchedKind,
  SCHEMA_VALID_DIRTY_KINDS,
} from './dirty-kinds.js';
export { DEMO_CALENDAR_FILE, DEMO_FILES, DEMO_MAIL_FILE } from './demo-columns.js';
export { DEMO_METRIC } from './metric-rows.js';
export { DemoError, type DemoErrorCode } from './demo-error.js';
