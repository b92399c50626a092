import type { z } from 'zod';
import { OverrideSchema } from '../domain/index.js';
import { HumanInputError, type HumanInputErrorCode } from './human-input-error.js';
import { canonicalTime } from './human-input-time.js';

/** Checks a human-made record against its domain schema; the first bad field names the error code. */
export function checkSchema<T>(schema: z.ZodType<T>, value: unknown, codes: Readonly<Record<string, HumanInputErrorCode>>, fallback: HumanInputErrorCode): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue?.path[0] ?? '');
  throw new HumanInputError(codes[field] ?? fallback, `${field || 'value'}: ${issue?.message ?? 'invalid'}`, { cause: parsed.error });
}

/** Ending an override or pulse early: which, who, why and when. */
export interface EndInput {
  readonly id: number;
  /** An email address. */
  readonly author: string;
  readonly reason: string;
  readonly now: string;
}

/** The same rules for ending overrides and pulses: a reason of 3 characters or more, an email as author. */
export function checkEnd(input: EndInput): { at: string; by: string; reason: string } {
  const reason = input.reason.trim();
  if (reason.length < 3) throw new HumanInputError('reason_required', 'a reason of at least 3 characters is required');
  const by = checkSchema(OverrideSchema.shape.authorEmail, input.author.trim(), {}, 'invalid_author');
  return { at: canonicalTime(input.now, 'now'), by, reason };
}
