import { z } from 'zod';
import { fieldParser, recordChecks, type FieldParse } from '../domain/index.js';

/** An issue as zod shapes it: the path from the record, a code, a message, and our reason in params. */
export interface RecordValidationIssue {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly message: string;
  readonly params?: { readonly reason?: string };
}

export type RecordValidation = { readonly ok: true; readonly record: Record<string, unknown> } | { readonly ok: false; readonly issues: readonly RecordValidationIssue[] };

type Ctx = Parameters<FieldParse<unknown>>[1];

/**
 * A validator equal to `schema.safeParse` for an entity schema, several times faster: it
 * calls each field's own function (fields.ts) and the schema's record checks
 * (record-check.ts) directly instead of going through zod's object machinery, which cost
 * more than the checks themselves on millions of rows. Fields that are plain zod schemas
 * are still parsed by zod. The schema stays the single definition of what is valid.
 */
export function compileRecordValidator(schema: z.ZodObject<z.ZodRawShape>): (input: Readonly<Record<string, unknown>>) => RecordValidation {
  const fields = Object.entries(schema.shape).map(([key, field]) => ({ key, parse: fieldParser(field as z.ZodType) }));
  const checks = recordChecks(schema);
  return (input) => {
    let issues: RecordValidationIssue[] | undefined;
    let key = '';
    // One context for the whole row: the field functions read `value` and call `addIssue`.
    const ctx = {
      value: undefined as unknown,
      addIssue(issue: { path?: PropertyKey[]; code?: string; message?: string; params?: { reason?: string } }) {
        (issues ??= []).push({ path: [key, ...(issue.path ?? [])], code: issue.code ?? 'custom', message: issue.message ?? 'invalid value', ...(issue.params ? { params: issue.params } : {}) });
      },
    } as unknown as Ctx & { value: unknown };
    const record: Record<string, unknown> = {};
    for (const f of fields) {
      key = f.key;
      const value = input[f.key];
      ctx.value = value;
      const before = issues?.length ?? 0;
      const out = f.parse(value, ctx);
      if ((issues?.length ?? 0) === before && out !== undefined && out !== z.NEVER) record[f.key] = out;
    }
    if (issues) return { ok: false, issues };
    for (const check of checks) {
      const issue = check(record);
      if (issue) (issues ??= []).push({ path: [issue.field], code: 'custom', message: issue.message, params: { reason: issue.reason } });
    }
    return issues ? { ok: false, issues } : { ok: true, record };
  };
}
