import { HUMAN_INPUT_USAGE_CODES, HumanInputError } from '../app/index.js';
import { timestampField } from '../domain/index.js';
import { UsageError } from './context.js';

/**
 * Who is making a change when `--author` is not given and BELLWETHER_USER is not set. An
 * email address, as the domain requires one ("local-admin@localhost" would be rejected).
 */
export const DEFAULT_AUTHOR = 'local-admin@localhost.localdomain';

export function authorOf(flag: string | undefined): string {
  return flag ?? (process.env.BELLWETHER_USER || DEFAULT_AUTHOR);
}

/** A date (midnight UTC) or an ISO 8601 time given on the command line, as stored. */
export function parseTimeFlag(flag: string, value: string): string {
  const parsed = timestampField.safeParse(value);
  if (!parsed.success) throw new UsageError(`${flag}: ${parsed.error.issues[0]?.message ?? `"${value}" is not a date`}`);
  return parsed.data;
}

export function parseNumberFlag(flag: string, value: string, integer = false): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) throw new UsageError(`${flag}: "${value}" is not ${integer ? 'a whole number' : 'a number'}`);
  return n;
}

/** A stored time for people: the date alone at midnight UTC, else to the minute. */
export function shortTime(iso: string): string {
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}Z`;
}

/** Turns a refused change into the CLI's errors: bad flags exit 2, a refusal by the store 1. */
export async function reportingHumanInput<T>(subject: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof HumanInputError)) throw error;
    const text = `${subject}: ${error.userMessage} [${error.code}]`;
    if (HUMAN_INPUT_USAGE_CODES.has(error.code)) throw new UsageError(text, { cause: error });
    throw new Error(text, { cause: error });
  }
}
