import { ENTITY_KIND_SPECS, type EntityKind, type EntityKindSpec } from '../domain/index.js';
import { AccountDirectory, type MatchingRefs } from './account-directory.js';
import { EMPTY_MAPPING, type ColumnMapping } from './column-mapping.js';
import { kindFromFileName } from './detect-kind.js';
import { prepareBatch, type PreparedBatch } from './prepare-batch.js';
import { detectPreset } from './presets/index.js';
import { DEFAULT_BATCH_SIZE, readerFor, readFromPlace, type ReadFromPlace, type ReadOptions, type ReadPlace, type ReadResult } from './readers/index.js';
import { createRecordBuilder } from './record-builder.js';
import type { RowIssue } from './row-issue.js';

/**
 * Rows read and validated at a time: a few hundred, so parsed rows die young (gathering them
 * into the writer's larger batches happens on their prepared versions, see gather-batches.ts).
 */
const READ_SLICE = 500;

/** What reading and validating a file needs to be told: plain data, so it can be sent to a worker thread. */
export interface PrepareFileOptions extends ReadOptions {
  readonly kind?: EntityKind;
  readonly mapping?: ColumnMapping;
  /** False keeps only the features derived from message text, not the text. Default true. */
  readonly storeBodies?: boolean;
}

/** Formats that hold one kind only, whatever the file is called. */
const KIND_OF_FORMAT: Readonly<Record<string, EntityKind>> = { eml: 'activities', mbox: 'activities', ics: 'activities' };

/** What a file turned out to be, known from its name and header before any row is read. */
export interface FileHeader {
  readonly kind?: EntityKind;
  readonly format?: string;
  readonly encoding?: string;
  readonly preset?: string;
  /** The mapping applied, by name, for the import record. */
  readonly mappingName?: string;
  readonly ignoredColumns: readonly string[];
  /** Whether rows are matched to accounts, so the accounts must be given to {@link OpenedForPreparation.prepare}. */
  readonly needsAccounts: boolean;
  /** Whether rows name participants, so people (internal users, contacts, assignments) must be given too. */
  readonly needsPeople: boolean;
  /** Rows' known_at come from the source's own timestamps (mail, calendars) and are capped at the file's. */
  readonly knownAtFromSource?: boolean;
  /** Set when the file as a whole cannot be imported; then there are no batches. */
  readonly fileIssue?: RowIssue;
}

export interface OpenedForPreparation {
  readonly header: FileHeader;
  /** Rows to gather into a batch, as asked for when opening. */
  readonly batchSize: number;
  /** Streams the file's rows, validated and matched against `refs`, a slice of a few hundred at a time. */
  slices(refs: MatchingRefs): AsyncIterable<PreparedBatch>;
  /**
   * Present when the file can be read batch by batch from saved places (CSV, NDJSON; see
   * readers/read-place.ts), so threads can take turns on it. Absent for mail and calendars.
   */
  turns?(refs: MatchingRefs): FileTurns;
}

/** One file read and prepared a batch at a time from wherever the last batch ended. */
export interface FileTurns {
  /** At least a batch's worth of rows from `place` (fewer at the end), and the place after them. */
  read(place: ReadPlace): Promise<ReadFromPlace>;
  /** Read rows validated and matched to accounts. */
  prepare(results: readonly ReadResult[]): Promise<PreparedBatch>;
}

/**
 * Opens a file, works out what it holds (kind, preset, mapping, columns) and returns its
 * rows as validated, account-matched versions. Runs on whichever thread reads the file.
 */
export async function openForPreparation(file: string, options: PrepareFileOptions): Promise<OpenedForPreparation> {
  const failure = (code: RowIssue['code'], message: string, extra: Partial<FileHeader> = {}): OpenedForPreparation => ({
    header: { ignoredColumns: [], needsAccounts: false, needsPeople: false, ...extra, fileIssue: { file, line: 0, code, message } },
    batchSize: DEFAULT_BATCH_SIZE,
    slices: () => ({ [Symbol.asyncIterator]: async function* () {} }),
  });

  const reader = readerFor(file);
  if (!reader) return failure('unreadable_file', `${file}: not a file Bellwether reads (by its extension: .csv, .tsv, .txt, .ndjson, .jsonl, .eml, .mbox, .ics)`);
  let opened;
  try {
    opened = await reader.open(file, { ...options, batchSize: Math.min(READ_SLICE, options.batchSize ?? DEFAULT_BATCH_SIZE) });
  } catch (error) {
    return failure('unreadable_file', (error as Error).message);
  }
  const preset = options.mapping ? undefined : detectPreset(opened.columns);
  const mapping = options.mapping ?? preset?.mapping ?? EMPTY_MAPPING;
  const kind = KIND_OF_FORMAT[reader.format] ?? options.kind ?? mapping.kind ?? kindFromFileName(file);
  const base = { format: reader.format, encoding: opened.encoding, ...(preset ? { preset: preset.id } : {}), ...(reader.knownAtFromSource ? { knownAtFromSource: true } : {}) };
  if (!kind) return failure('unknown_kind', `${file}: cannot tell what the file holds; name it after its kind (e.g. accounts.csv) or pass --kind`, base);
  if (opened.columns.length === 0 && reader.format === 'csv') return failure('empty_file', `${file}: the file is empty`, { ...base, kind });

  const builder = createRecordBuilder(kind, opened.columns, mapping, { keyedRows: reader.format !== 'csv' });
  if (builder.missingColumns.length > 0 && reader.format === 'csv') {
    return failure('missing_column', `${file}: required column(s) missing: ${builder.missingColumns.join(', ')} (map them with --mapping)`, { ...base, kind });
  }
  const spec: EntityKindSpec = ENTITY_KIND_SPECS[kind];
  const header: FileHeader = { ...base, kind, ...(mapping.name ? { mappingName: mapping.name } : {}), ignoredColumns: builder.ignoredColumns, needsAccounts: spec.accountRef !== 'none', needsPeople: spec.emailForMatching === 'participants' };
  const batches = opened.batches;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const { fromPlace } = opened;
  const storeBodies = options.storeBodies ?? true;
  return {
    header,
    batchSize,
    ...(fromPlace
      ? {
          turns(refs: MatchingRefs): FileTurns {
            const directory = new AccountDirectory(refs.accounts, refs.people);
            return { read: (place) => readFromPlace(fromPlace, place, batchSize), prepare: (results) => prepareBatch(results, { builder, directory, spec, storeBodies }) };
          },
        }
      : {}),
    slices(refs) {
      const directory = new AccountDirectory(refs.accounts, refs.people);
      return {
        async *[Symbol.asyncIterator]() {
          for await (const slice of batches) yield await prepareBatch(slice, { builder, directory, spec, storeBodies });
        },
      };
    },
  };
}
