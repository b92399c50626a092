import { ReviewListError } from '../app/index.js';
import { UsageError } from './context.js';

/** Runs a review-list use case, turning its refusals into usage errors with the user's message. */
export async function reportingReviewList<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ReviewListError) throw new UsageError(`${error.userMessage} (${error.message}) [${error.code}]`);
    throw error;
  }
}
