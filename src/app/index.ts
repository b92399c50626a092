export { importFiles, type ImportReport } from './import-files.js';
export { openMigratedStore } from './open-store.js';
export { loadDemo, type LoadDemoResult } from './load-demo.js';
export { DEFAULT_OVERRIDE_DAYS, expireOverride, listOverrides, setOverride, type ListedOverride, type SetOverrideInput } from './overrides.js';
export { DEFAULT_PULSE_DAYS, expirePulse, listPulses, setPulse, type ListedPulse, type SetPulseInput, type SetPulseResult } from './pulses.js';
export { DEFAULT_AUDIT_LIMIT, listAudit, type ListAuditInput } from './audit.js';
export { HUMAN_INPUT_USAGE_CODES, HumanInputError, type HumanInputErrorCode } from './human-input-error.js';
export type { EndInput } from './human-input-checks.js';
export type { HumanInputStatus } from './human-input-time.js';
