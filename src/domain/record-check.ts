import type { z } from 'zod';
import type { RowIssueCode } from './fields.js';

/** A rule across a record's fields (a due date after the issue date), checked once its fields are valid. */
export interface RecordIssue {
  readonly field: string;
  readonly message: string;
  readonly reason: RowIssueCode;
}
export type RecordCheck<T> = (record: T) => RecordIssue | undefined;

// The checks of each object schema made by withChecks, so the import's compiled validator
// (which calls field functions directly, see fields.ts) runs the very same rules.
const CHECKS = new WeakMap<z.ZodType, ReadonlyArray<RecordCheck<never>>>();

/** `schema` refined by `checks`: zod reports each failing check as an issue on its field. */
export function withChecks<S extends z.ZodObject<z.ZodRawShape>>(schema: S, checks: ReadonlyArray<RecordCheck<z.output<S>>>): S {
  const refined = schema.superRefine((value, ctx) => {
    for (const check of checks) {
      const issue = check(value);
      if (issue) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message, params: { reason: issue.reason } });
    }
  }) as S;
  CHECKS.set(refined, checks as ReadonlyArray<RecordCheck<never>>);
  return refined;
}

/** The cross-field checks of a schema made by withChecks (none for others). */
export function recordChecks(schema: z.ZodType): ReadonlyArray<RecordCheck<Record<string, unknown>>> {
  return (CHECKS.get(schema) ?? []) as ReadonlyArray<RecordCheck<Record<string, unknown>>>;
}
