import { ENTITY_KINDS, type EntityKind } from '../../domain/index.js';
import type { ColumnMapping } from '../../ingest/index.js';
import { ApiProblem, type FieldError } from '../problem.js';
import { mappingFromYaml } from './mapping-from-yaml.js';
import type { UploadField } from './receive-upload.js';

export interface UploadImportOptions {
  readonly kind?: EntityKind;
  readonly mapping?: ColumnMapping;
  readonly encoding?: string;
  readonly delimiter?: string;
}

/**
 * The import options of an upload's text fields, checked as `bellwether import` checks
 * its flags: a known kind, an encoding the platform can decode, a one-character
 * delimiter, a valid mapping. Empty fields count as not given.
 */
export function importOptionsFromForm(fields: Readonly<Partial<Record<UploadField, string>>>): UploadImportOptions {
  const errors: FieldError[] = [];
  const given = (name: UploadField) => (fields[name]?.trim() ? fields[name] : undefined);
  const kind = given('kind')?.trim();
  if (kind !== undefined && !(ENTITY_KINDS as readonly string[]).includes(kind)) errors.push({ field: 'kind', in: 'form', code: 'invalid_value', message: `Unknown kind "${kind}"; one of ${ENTITY_KINDS.join(', ')}.` });
  const encoding = given('encoding')?.trim();
  if (encoding !== undefined && !decodes(encoding)) errors.push({ field: 'encoding', in: 'form', code: 'invalid_value', message: `Unknown encoding "${encoding}"; e.g. utf-8, windows-1252, utf-16le.` });
  // The delimiter is taken as sent: a tab or a space is a delimiter, not blank.
  const delimiter = fields.delimiter === '' ? undefined : fields.delimiter;
  if (delimiter !== undefined && ([...delimiter].length !== 1 || /["\r\n]/.test(delimiter))) errors.push({ field: 'delimiter', in: 'form', code: 'invalid_value', message: 'The delimiter must be one character (not a quote or a line break).' });
  if (errors.length > 0) throw new ApiProblem('invalid-request', errors.map((e) => e.message).join(' '), errors);
  const mappingText = given('mapping');
  return {
    ...(kind !== undefined ? { kind: kind as EntityKind } : {}),
    ...(mappingText !== undefined ? { mapping: mappingFromYaml(mappingText) } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(delimiter !== undefined ? { delimiter } : {}),
  };
}

function decodes(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
