import type { Context } from 'hono';
import type { z } from 'zod';
import { problem, type FieldError } from './problem.js';

const WHERE: Readonly<Record<string, FieldError['in']>> = { query: 'query', param: 'path', json: 'body', form: 'form', header: 'header', cookie: 'header' };

/** Turns a failed request validation into a 400 problem naming each field, where it was and what is wrong. */
export function validationHook(result: { success: true } | { success: false; error: z.ZodError; target: string }, c: Context) {
  if (result.success) return undefined;
  const where = WHERE[result.target];
  const errors: FieldError[] = result.error.issues.map((i) => ({
    field: i.path.length > 0 ? i.path.join('.') : result.target,
    ...(where ? { in: where } : {}),
    code: i.code,
    message: i.message,
  }));
  const first = errors[0];
  return problem(c, 'invalid-request', first ? `${first.field}: ${first.message}` : 'The request is not valid.', errors);
}
