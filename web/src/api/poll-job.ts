/** A background job as the API reports it: status, then progress. */
export interface PolledJob {
  readonly status: 'queued' | 'running' | 'completed' | 'failed';
}

/**
 * Asks for a job until it is completed or failed, calling `onUpdate` with each answer. Waits
 * `intervalMs` between asks, so a long import costs a request a second, not a busy loop.
 * Stops early (without throwing) when `signal` aborts, as when the page is left.
 */
export async function pollJob<J extends PolledJob>(fetchJob: () => Promise<J>, onUpdate: (job: J) => void, signal: AbortSignal, intervalMs = 500): Promise<J | undefined> {
  for (;;) {
    if (signal.aborted) return undefined;
    const job = await fetchJob();
    if (signal.aborted) return undefined;
    onUpdate(job);
    if (job.status === 'completed' || job.status === 'failed') return job;
    await new Promise((resolve) => window.setTimeout(resolve, intervalMs));
  }
}
