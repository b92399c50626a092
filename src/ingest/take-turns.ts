import type { PreparedBatch } from './prepare-batch.js';
import type { FileTurns } from './prepare-file.js';
import type { ReadPlace } from './readers/index.js';

/** A batch to read: its index in the file and where it starts. */
export interface Turn {
  readonly index: number;
  readonly place: ReadPlace;
}

/**
 * What one of two threads taking turns on a file knows of the other: the place it passed on
 * (where this thread's next batch starts) and the batches it has committed. Fed by messages
 * from the other thread; once failed, every wait rejects.
 */
export class TurnBoard {
  private pending: Turn | null | undefined;
  private takePlace: ((turn: Turn | null) => void) | undefined;
  private writtenUpTo = -1;
  private readonly writtenWaits = new Map<number, () => void>();
  private readonly failWaits = new Set<(error: Error) => void>();
  private failure: Error | undefined;
  /** Batches in the file, once the thread that read the last one has said so. */
  batches: number | undefined;

  /** The other thread read up to `place`: batch `index` starts there (no place: the file has ended). */
  placePassed(index: number, place: ReadPlace | undefined): void {
    if (!place) this.batches = index;
    const turn = place ? { index, place } : null;
    const take = this.takePlace;
    this.takePlace = undefined;
    if (take) take(turn);
    else this.pending = turn;
  }

  /** The other thread committed batch `index`. */
  written(index: number): void {
    this.writtenUpTo = Math.max(this.writtenUpTo, index);
    for (const [waited, resolve] of this.writtenWaits) {
      if (waited > this.writtenUpTo) continue;
      this.writtenWaits.delete(waited);
      resolve();
    }
  }

  fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const reject of this.failWaits) reject(error);
    this.failWaits.clear();
  }

  get failed(): Error | undefined {
    return this.failure;
  }

  /** The next batch this thread is to read, or null when the file has ended. */
  nextTurn(): Promise<Turn | null> {
    if (this.pending !== undefined) {
      const turn = this.pending;
      this.pending = undefined;
      return this.failure ? Promise.reject(this.failure) : Promise.resolve(turn);
    }
    return this.wait((resolve) => (this.takePlace = resolve));
  }

  /** Until the other thread has committed batch `index`. */
  whenWritten(index: number): Promise<void> {
    if (index <= this.writtenUpTo) return this.failure ? Promise.reject(this.failure) : Promise.resolve();
    return this.wait((resolve) => this.writtenWaits.set(index, resolve));
  }

  private wait<T>(register: (resolve: (value: T) => void) => void): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      const onFail = (error: Error) => reject(error);
      this.failWaits.add(onFail);
      register((value) => {
        this.failWaits.delete(onFail);
        resolve(value);
      });
    });
  }
}

/**
 * One thread's share of a file that two threads import taking turns: read a batch from the
 * place the other thread passed on, pass on the place after it at once (so the other thread
 * reads the next batch meanwhile), validate the batch, wait until the batch before it is
 * committed, write it. Batches so commit one at a time in file order, each seeing the ones
 * before it, as on one thread; what crosses between the threads is a place and a batch
 * number, never the rows (sending rows cost more than the work it shared out).
 */
export async function takeTurns(board: TurnBoard, turns: FileTurns, passPlace: (index: number, place: ReadPlace | undefined) => void, write: (index: number, prepared: PreparedBatch) => Promise<void>): Promise<void> {
  for (;;) {
    const turn = await board.nextTurn();
    if (!turn) return;
    const read = await turns.read(turn.place);
    passPlace(turn.index + 1, read.next);
    const prepared = await turns.prepare(read.results);
    if (turn.index > 0) await board.whenWritten(turn.index - 1);
    if (board.failed) throw board.failed;
    await write(turn.index, prepared);
    if (!read.next) return;
  }
}
