/** How a metric turns into 0..100 ("better" = what raises this scorecard's score). */
export type Direction = 'higher-is-better' | 'lower-is-better';

export type NormalizerConfig =
  /** Anchors: red → 0, yellow → 50, green → 100, linear in between, clamped outside. */
  | { readonly type: 'thresholds'; readonly red: number; readonly yellow: number; readonly green: number }
  /** min → 0 and max → 100 (reversed when lower is better), clamped. */
  | { readonly type: 'linear'; readonly min: number; readonly max: number }
  /** Points [value, score] with increasing values; linear in between, flat outside. */
  | { readonly type: 'piecewise'; readonly points: readonly (readonly [number, number])[] }
  /** The value's percentile rank among accounts of the same segment (or all accounts). */
  | { readonly type: 'percentile'; readonly within: 'segment' | 'all'; readonly minPopulation: number }
  /** A score per category; unknown categories get `default`, else count as missing. */
  | { readonly type: 'category'; readonly map: Readonly<Record<string, number>>; readonly default?: number }
  /** Non-zero is true: 100 when true is better, else 0. */
  | { readonly type: 'boolean' };

export type NormalizerType = NormalizerConfig['type'];
export const NORMALIZER_TYPES: readonly NormalizerType[] = ['thresholds', 'linear', 'piecewise', 'percentile', 'category', 'boolean'];
