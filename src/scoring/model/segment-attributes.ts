/** Account fields a segment can match on, besides the custom attributes a model declares. */
export const SEGMENT_ATTRIBUTES = ['segment', 'tier', 'industry', 'lifecycleStage', 'currency', 'ownerEmail', 'arr', 'seats'] as const;
export const NUMERIC_SEGMENT_ATTRIBUTES: ReadonlySet<string> = new Set(['arr', 'seats']);
