export { importFile, type FileImportReport, type ImportFileOptions } from './import-file.js';
export { kindFromFileName } from './detect-kind.js';
export { ColumnMappingSchema, EMPTY_MAPPING, type ColumnMapping, type MappingPreset } from './column-mapping.js';
export { MAPPING_PRESETS, detectPreset, presetById } from './presets/index.js';
export { AccountDirectory } from './account-directory.js';
export type { RowIssue, FileIssueCode } from './row-issue.js';
export { readerFor, csvReader, ndjsonReader } from './readers/index.js';
