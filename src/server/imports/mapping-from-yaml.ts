import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ColumnMappingSchema, mappingKeysCamelCased, type ColumnMapping } from '../../ingest/index.js';
import { ApiProblem } from '../problem.js';

/**
 * The `mapping` part of an upload: the same YAML as `bellwether import --mapping`, whose
 * keys may be snake_case (`date_format`) or camelCase. A bad mapping is a 400 naming the
 * key (and the YAML line when the text does not parse).
 */
export function mappingFromYaml(text: string): ColumnMapping {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    throw new ApiProblem('invalid-request', `The mapping is not valid YAML: ${(error as Error).message.split('\n')[0]}`, [
      { field: 'mapping', in: 'form', code: 'invalid_yaml', ...(line !== undefined ? { line } : {}), message: (error as Error).message.split('\n')[0] ?? 'not valid YAML' },
    ]);
  }
  if (doc !== null && doc !== undefined && (typeof doc !== 'object' || Array.isArray(doc))) {
    throw new ApiProblem('invalid-request', 'The mapping must be a YAML mapping (kind, columns, defaults, date_format, attributes).', [{ field: 'mapping', in: 'form', code: 'invalid_type', message: 'expected a YAML mapping' }]);
  }
  const parsed = ColumnMappingSchema.safeParse(mappingKeysCamelCased((doc ?? {}) as Record<string, unknown>));
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((i) => ({ field: ['mapping', ...i.path.map(String)].join('.'), in: 'form' as const, code: i.code, message: i.message }));
  throw new ApiProblem('invalid-request', `The mapping is not valid: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, errors);
}
