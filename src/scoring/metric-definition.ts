import type { Evidence } from '../domain/index.js';
import type { MetricWindow } from './metric-window.js';
import type { SignalIndex } from './signal-index.js';

/** The kinds of signal a metric reads. */
export type SignalKind = 'account' | 'contacts' | 'invoices' | 'payments' | 'tickets' | 'usage_days' | 'survey_responses' | 'activities' | 'feedback' | 'metric_values' | 'pulses';

/** What a metric measured: a number, a category such as a pulse rating, or null for no data. */
export type RawValue = number | string | null;

export interface MetricReading {
  readonly value: RawValue;
  /** The time of the newest record behind the value; absent when the value is as of asOf itself (a count, days to renewal). */
  readonly observedAt?: string;
  /** How many records produced the value; confidence compares it with `minSamples`. */
  readonly samples: number;
  /** External ids of the records behind the value, oldest first. */
  readonly evidence: readonly Evidence[];
}

/**
 * When a metric's reading can next change with no new data: as asOf moves on alone.
 * `at` may be early (that only costs a needless rescore), never late.
 */
export interface NextChange {
  /**
   * The earliest instant after asOf at which the reading (value, samples, evidence,
   * observedAt) could change other than by `drift`: a record entering or leaving the window,
   * becoming known, dated, paid, closed or expired. Infinity when never.
   */
  readonly at: number;
  /** Set when, until `at`, the value also moves with asOf alone (days since, days to), in one direction only. */
  readonly drift?: ValueDrift;
}

/** A value that moves with asOf alone, monotonically, until its metric's `at`. */
export interface ValueDrift {
  /** 1 when the value can only rise until `at`, -1 when it can only fall. */
  readonly direction: 1 | -1;
  /** The value `compute` gives at `ms`, for asOf <= ms < at. */
  readonly valueAt: (ms: number) => number;
  /** Set when the value changes only at instants `phase` + k whole days: the engine then searches days, not milliseconds. */
  readonly phase?: number;
}

/** The model's per-use settings of a metric. */
export interface MetricParams {
  /** One of the metric's `aggregations`; the first is the default. */
  readonly aggregation: string;
  /** The series name of a custom metric. */
  readonly series?: string;
}

/**
 * One metric of the catalogue. A new metric is one file exporting one of these, registered
 * in `metric-catalogue.ts`; the model refers to it by `name`.
 */
export interface MetricDefinition {
  readonly name: string;
  /** What it measures, in plain words (shown by `bellwether model show` and the docs). */
  readonly description: string;
  readonly signal: SignalKind;
  /** The unit of the raw value, in words: "days", "share 0..1", "count per 10 seats". */
  readonly unit: string;
  /** The window shapes it accepts; empty when it reads the state as of asOf (days to renewal). */
  readonly windows: readonly ('span' | 'trend')[];
  readonly defaultWindow?: string;
  /** Accepted aggregations; the first is the default. */
  readonly aggregations: readonly [string, ...string[]];
  /** `category` metrics yield text (normalized by a category map); the rest yield numbers. */
  readonly valueType: 'number' | 'category';
  /** The categories a `category` metric can yield. */
  readonly categories?: readonly string[];
  /** Below this many records the value counts as low-volume in the confidence; 0 for counts. */
  readonly minSamples: number;
  /** True for metrics that read a named custom series (`series:` in the model). */
  readonly needsSeries?: boolean;
  compute(signals: SignalIndex, window: MetricWindow | undefined, asOfMs: number, params: MetricParams): MetricReading;
  /**
   * When `compute` could next give another reading for the same signals. Optional so a new
   * metric can start without it; the engine then assumes it may change at any moment.
   */
  nextChange?(signals: SignalIndex, window: MetricWindow | undefined, asOfMs: number, params: MetricParams): NextChange;
}

/** The reading of a metric that had nothing to read. */
export const NO_READING: MetricReading = { value: null, samples: 0, evidence: [] };

/** The change of a metric that reads no time at all (a lifecycle stage): never. */
export const NEVER: NextChange = { at: Infinity };
