import type { MetricDefinition, MetricParams } from '../metric-definition.js';
import type { MetricWindow } from '../metric-window.js';
import type { Direction, NormalizerConfig } from '../normalizers/normalizer-config.js';
import type { Band, ModelDefinition } from './model-schema.js';

export interface DecaySettings {
  readonly halfLifeDays: number;
  readonly staleAfterDays: number;
}

/** One metric of a scorecard, resolved against the catalogue and ready to compute. */
export interface CompiledMetric {
  readonly id: string;
  readonly component: string;
  readonly definition: MetricDefinition;
  readonly window: MetricWindow | undefined;
  readonly params: MetricParams;
  readonly direction: Direction;
  readonly weight: number;
  readonly normalizer: NormalizerConfig;
  /** Worst and best normalized values, flipped already for inverted scorecards. */
  readonly bounds: readonly [number, number];
  readonly decay: DecaySettings | null;
  /**
   * What the raw value depends on (metric, window, aggregation, series): metrics with the same
   * key share one computation per account, and percentile populations are kept per key.
   */
  readonly rawKey: string;
}

export interface CompiledComponent {
  readonly name: string;
  readonly weight: number;
  readonly metrics: readonly CompiledMetric[];
}

export interface CompiledScorecard {
  readonly name: string;
  readonly label: string;
  readonly invert: boolean;
  readonly bands: readonly Band[];
  readonly components: readonly CompiledComponent[];
}

export interface SegmentMatcher {
  readonly attribute: string;
  /** True when the account's value of the attribute matches. */
  readonly test: (value: unknown) => boolean;
}

export interface CompiledSegment {
  readonly name: string;
  readonly matchers: readonly SegmentMatcher[];
  /** Every scorecard with this segment's overrides applied (unchanged ones included). */
  readonly scorecards: readonly CompiledScorecard[];
}

/** A validated model, resolved once at load so scoring does no lookups or merging. */
export interface CompiledModel {
  readonly name: string;
  /** Hash of the canonical definition: snapshots of different versions are not compared. */
  readonly version: string;
  readonly definition: ModelDefinition;
  readonly bands: readonly Band[];
  readonly evidenceLimit: number;
  readonly rollUp: ModelDefinition['rollUp'];
  /** The scorecards for accounts that match no segment. */
  readonly scorecards: readonly CompiledScorecard[];
  readonly segments: readonly CompiledSegment[];
}
