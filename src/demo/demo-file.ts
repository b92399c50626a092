import type { EntityKind } from '../domain/index.js';
import { BufferedWriter } from './buffered-writer.js';
import { csvLine } from './csv-format.js';
import type { DemoFormat } from './demo-columns.js';
import type { DemoOutputFile, RowFileSummary } from './demo-file-summary.js';
import { emptyDirtyCounts } from './dirty-kinds.js';
import type { DirtyRowInjector } from './dirty-row-injector.js';
import type { Row } from './row-sink.js';

/** One output file of rows: serializes them in its format, lets the injector spoil a few, and counts. */
export class DemoFile implements DemoOutputFile {
  private readonly writer: BufferedWriter;
  private readonly known: ReadonlySet<string>;
  private rows = 0;
  private readonly dirty = emptyDirtyCounts();

  constructor(
    readonly kind: EntityKind,
    readonly path: string,
    private readonly format: DemoFormat,
    private readonly columns: readonly string[],
    private readonly injector: DirtyRowInjector,
  ) {
    this.writer = new BufferedWriter(path);
    this.known = new Set(columns);
    if (format === 'csv') this.writer.writeLine(csvLine(columns));
  }

  write(row: Row, keepClean = false): void {
    for (const key in row) {
      // A misspelt key would silently become an empty column: that is a generator bug.
      if (!this.known.has(key)) throw new Error(`${this.kind}: "${key}" is not a column`);
    }
    for (const out of this.injector.apply(row, keepClean)) {
      this.writer.writeLine(this.format === 'csv' ? csvLine(this.columns.map((c) => out.row[c])) : JSON.stringify(out.row));
      this.rows++;
      if (out.dirty) this.dirty[out.dirty]++;
    }
  }

  ready(): Promise<void> {
    return this.writer.ready();
  }

  close(): Promise<void> {
    return this.writer.close();
  }

  summary(): RowFileSummary {
    const dirtyRows = Object.values(this.dirty).reduce((a, b) => a + b, 0);
    return { path: this.path, kind: this.kind, format: this.format, rows: this.rows, dirtyRows, dirtyByKind: { ...this.dirty } };
  }
}
