import type { Corruption } from './corruptions.js';
import type { DirtyKind } from './dirty-kinds.js';
import type { Random } from './random.js';
import type { Row } from './row-sink.js';

/** About one row in two hundred is dirty. */
export const DIRTY_RATE = 0.005;
/** Each kind a file can carry is forced once early on (every few rows), so even tiny demos show them all. */
const FORCE_FROM_ROW = 7;
const FORCE_EVERY = 5;

export interface OutputRow {
  readonly row: Row;
  readonly dirty?: DirtyKind;
}

/** Decides, row by row and from its own seeded stream, which rows of one file go bad and how. */
export class DirtyRowInjector {
  private readonly kinds: DirtyKind[];
  private readonly pending: DirtyKind[];
  private seen = 0;
  private nextForcedAt = FORCE_FROM_ROW;

  constructor(
    private readonly corruptions: Partial<Record<DirtyKind, Corruption>>,
    private readonly rng: Random,
  ) {
    this.kinds = Object.keys(corruptions) as DirtyKind[];
    this.pending = [...this.kinds];
  }

  /** The rows to write for `row`: itself, a corrupted version, or itself plus a conflicting duplicate. */
  apply(row: Row, keepClean: boolean): OutputRow[] {
    this.seen++;
    if (keepClean || this.kinds.length === 0) return [{ row }];
    const forced = this.pending.length > 0 && this.seen >= this.nextForcedAt;
    const candidates = forced ? this.pending : this.rng.chance(DIRTY_RATE) ? [this.rng.pick(this.kinds)] : [];
    for (const kind of candidates) {
      const dirty = this.corruptions[kind]?.(row, this.rng);
      if (!dirty) continue;
      const at = this.pending.indexOf(kind);
      if (at >= 0) this.pending.splice(at, 1);
      if (forced) this.nextForcedAt = this.seen + FORCE_EVERY;
      return kind === 'duplicate' ? [{ row }, { row: dirty, dirty: kind }] : [{ row: dirty, dirty: kind }];
    }
    return [{ row }];
  }
}
