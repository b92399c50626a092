import { ACCESS_USAGE_CODES, AccessError } from '../app/index.js';
import { UsageError } from './context.js';

/** Turns a refused user, key or share change into the CLI's errors: bad input exits 2, a refusal by the store 1. */
export async function reportingAccess<T>(subject: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AccessError)) throw error;
    const text = `${subject}: ${error.userMessage} [${error.code}]`;
    if (ACCESS_USAGE_CODES.has(error.code)) throw new UsageError(text, { cause: error });
    throw new Error(text, { cause: error });
  }
}
