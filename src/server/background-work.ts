import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

export type JobKind = 'import' | 'model-preview';
export type JobStatus = 'queued' | 'running' | 'completed' | 'failed';

export interface JobProgress {
  readonly done: number;
  readonly total: number;
  /** What is being worked on, e.g. the file being imported. */
  readonly item?: string;
}

/** Work the API started and a client polls: an upload's import, a model preview. */
export interface Job<T = unknown> {
  readonly id: string;
  readonly kind: JobKind;
  /** The email of who started it; only they (and admins/managers) may read it. */
  readonly createdBy: string;
  readonly createdAt: string;
  status: JobStatus;
  startedAt?: string;
  finishedAt?: string;
  progress?: JobProgress;
  result?: T;
  error?: { readonly type: string; readonly detail: string };
}

export interface BackgroundWorkOptions {
  readonly log: Logger;
  readonly now: () => string;
  /** Rescores what changed (incremental); called after imports, coalesced. */
  readonly rescore: () => Promise<void>;
  /** Finished jobs kept for polling. */
  readonly keep?: number;
}

/**
 * The server's background work. Jobs that write (imports, the rescore after them) run one
 * at a time in start order, because the store has one writer; previews only read and run
 * beside them. Jobs live in memory: a restart forgets them, while what they wrote (import
 * runs, quarantine, snapshots) is in the store.
 */
export class BackgroundWork {
  private readonly jobs = new Map<string, Job>();
  private writes: Promise<void> = Promise.resolve();
  private rescoreQueued = false;
  private readonly running = new Set<Promise<unknown>>();
  private readonly finished = new Map<string, Promise<void>>();

  constructor(private readonly options: BackgroundWorkOptions) {}

  /** Starts a job; `writes` jobs queue behind each other. */
  start<T>(kind: JobKind, createdBy: string, run: (progress: (p: JobProgress) => void) => Promise<T>, opts: { writes: boolean }): Job<T> {
    const job: Job<T> = { id: randomUUID(), kind, createdBy, createdAt: this.options.now(), status: 'queued' };
    this.jobs.set(job.id, job as Job);
    this.forget();
    const body = async () => {
      job.status = 'running';
      job.startedAt = this.options.now();
      try {
        job.result = await run((p) => {
          job.progress = p;
        });
        job.status = 'completed';
      } catch (error) {
        job.status = 'failed';
        const e = error as Error & { code?: string };
        job.error = { type: e.code ?? 'internal', detail: e.message };
        this.options.log.error({ err: error, job: job.id, kind }, 'background job failed');
      } finally {
        job.finishedAt = this.options.now();
      }
    };
    const done = opts.writes ? this.enqueueWrite(body) : body();
    this.finished.set(job.id, done);
    this.track(done);
    void done.finally(() => this.finished.delete(job.id));
    return job;
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  /** Resolves when the job has completed or failed (at once for a finished or unknown job). */
  async settled(id: string): Promise<void> {
    await this.finished.get(id);
  }

  /** Asks for an incremental rescore after the writes queued so far; requests made before it starts count as one. */
  requestRescore(): void {
    if (this.rescoreQueued) return;
    this.rescoreQueued = true;
    this.track(
      this.enqueueWrite(async () => {
        this.rescoreQueued = false;
        try {
          await this.options.rescore();
        } catch (error) {
          this.options.log.error({ err: error }, 'rescore after import failed');
        }
      }),
    );
  }

  /** Resolves when nothing is queued or running (for shutdown and tests). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private enqueueWrite(body: () => Promise<void>): Promise<void> {
    const next = this.writes.then(body, body);
    this.writes = next.catch(() => undefined);
    return next;
  }

  private track(p: Promise<unknown>): void {
    this.running.add(p);
    void p.finally(() => this.running.delete(p));
  }

  private forget(): void {
    const keep = this.options.keep ?? 200;
    if (this.jobs.size <= keep) return;
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= keep) break;
      if (job.status === 'completed' || job.status === 'failed') this.jobs.delete(id);
    }
  }
}
