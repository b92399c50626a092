import { describeNormalizer } from './describe-normalizer.ts';
import { formatNumber, formatPercent, windowWords } from './describe-value.ts';
import { metricWordsOf } from './metric-words.ts';
import { metricIdOf, type BandDefinition, type ComponentDefinition, type MetricUse, type ModelDefinition, type ScorecardDefinition, type SegmentDefinition } from './model-definition.ts';

export interface ComponentDescription {
  readonly key: string;
  readonly title: string;
  /** "Billing is 15 % of Account health." */
  readonly sentence: string;
  /** One sentence per metric. */
  readonly metrics: readonly string[];
}

export interface ScorecardDescription {
  readonly key: string;
  readonly title: string;
  readonly sentences: readonly string[];
  readonly components: readonly ComponentDescription[];
}

export interface SegmentDescription {
  readonly name: string;
  readonly sentences: readonly string[];
}

/** The whole model in plain words, section by section. */
export interface ModelDescription {
  readonly title: string;
  readonly intro: readonly string[];
  readonly bands: readonly string[];
  readonly scorecards: readonly ScorecardDescription[];
  readonly segments: readonly string[];
  readonly segmentList: readonly SegmentDescription[];
  readonly staleness: readonly string[];
  readonly missingData: readonly string[];
  readonly confidence: readonly string[];
  readonly rollUp: readonly string[];
}

const titleOf = (key: string, label?: string) => label ?? key.charAt(0).toUpperCase() + key.slice(1).replaceAll('-', ' ');
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** "A score of 75 or more is Healthy, 50 to under 75 Neutral, …" — bands from the top. */
export function describeBands(bands: readonly BandDefinition[]): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const top = Math.max(...bands.map((b) => b.max));
  const parts = sorted.map((b, i) => {
    const range = b.max >= top ? `${formatNumber(b.min)} or more` : b.min === 0 ? `under ${formatNumber(b.max)}` : `${formatNumber(b.min)} to under ${formatNumber(b.max)}`;
    return i === 0 ? `A score of ${range} is ${b.name}` : `${range} ${b.name}`;
  });
  return `${parts.join(', ')}.`;
}

/** "Days late (average over 180 days; lower is better): at or above 30 days scores red, 10 yellow, 2 or less green." */
export function describeMetric(use: MetricUse, normalizer = use.normalizer): string {
  const words = metricWordsOf(use.metric);
  const aggKeys = Object.keys(words.aggregations);
  const agg = words.aggregations[use.aggregation ?? aggKeys[0] ?? ''] ?? words.aggregations[aggKeys[0] ?? ''] ?? { phrase: use.aggregation ?? '', value: { kind: 'plain' as const } };
  const label = use.series ? `${agg.label ?? words.label} "${use.series}"` : (agg.label ?? words.label);
  const window = use.window ?? words.window;
  // "average over 180 days", but "as a share of ARR, as of today"
  const reading = [agg.phrase, windowWords(window)].filter(Boolean).join(window === undefined ? ', ' : ' ');
  const parts = [reading];
  if (normalizer.type !== 'category') parts.push(use.direction === 'higher-is-better' ? 'higher is better' : 'lower is better');
  return `${label} (${parts.join('; ')}): ${describeNormalizer(normalizer, use.direction, agg.value)}.`;
}

function describeDecay(use: MetricUse): string | undefined {
  if (use.decay === false) return 'It never goes stale.';
  if (use.decay) return `It goes stale after ${formatNumber(use.decay.staleAfterDays)} days, and then its distance from 50 halves every ${formatNumber(use.decay.halfLifeDays)} days.`;
  return undefined;
}

function describeComponent(key: string, c: ComponentDefinition, scorecardTitle: string, totalWeight: number): ComponentDescription {
  const title = titleOf(key, c.label);
  const metricTotal = sum(c.metrics.map((m) => m.weight));
  const metrics = c.metrics.map((m) => {
    const share = c.metrics.length > 1 ? ` It is ${formatPercent(m.weight, metricTotal)} of ${title}.` : '';
    const decay = describeDecay(m);
    return `${describeMetric(m)}${share}${decay ? ` ${decay}` : ''}`;
  });
  return { key, title, sentence: `${title} is ${formatPercent(c.weight, totalWeight)} of ${scorecardTitle}.`, metrics };
}

function describeScorecard(key: string, s: ScorecardDefinition): ScorecardDescription {
  const title = titleOf(key, s.label);
  const entries = Object.entries(s.components);
  const total = sum(entries.map(([, c]) => c.weight));
  const sentences: string[] = [];
  if (s.description) sentences.push(s.description);
  sentences.push(`${title} is made of ${entries.length === 1 ? 'one component' : `${entries.length} components`}: ${entries.map(([k, c]) => `${titleOf(k, c.label)} ${formatPercent(c.weight, total)}`).join(', ')}.`);
  if (s.invert) {
    sentences.push(
      `${title} is a risk score: it rises as the account gets worse. Its metrics read as for health, and each metric's points are turned around (100 minus the points), so a metric in the red raises the risk and one in the green lowers it.`,
    );
  }
  if (s.bands) sentences.push(`${title} has its own bands. ${describeBands(s.bands)}`);
  return { key, title, sentences, components: entries.map(([k, c]) => describeComponent(k, c, title, total)) };
}

const ATTRIBUTE_WORDS: Readonly<Record<string, string>> = { lifecycleStage: 'lifecycle stage', ownerEmail: 'owner email', arr: 'ARR', seats: 'seats' };

function describeMatch(match: SegmentDefinition['match']): string {
  const parts = Object.entries(match).map(([attr, v]) => {
    const name = ATTRIBUTE_WORDS[attr] ?? attr;
    if (Array.isArray(v)) return `${name} is ${v.map(String).join(' or ')}`;
    if (typeof v === 'object') {
      const range = [v.min !== undefined ? `at least ${formatNumber(v.min)}` : '', v.max !== undefined ? `under ${formatNumber(v.max)}` : ''].filter(Boolean).join(' and ');
      return `${name} is ${range || 'any value'}`;
    }
    return `${name} is ${String(v)}`;
  });
  return parts.join(' and ');
}

function findMetric(s: ScorecardDefinition, id: string): { use: MetricUse; component: string } | undefined {
  for (const [key, c] of Object.entries(s.components)) {
    const use = c.metrics.find((m) => metricIdOf(m) === id);
    if (use) return { use, component: titleOf(key, c.label) };
  }
  return undefined;
}

function describeSegment(seg: SegmentDefinition, model: ModelDefinition): SegmentDescription {
  const sentences = [`Applies to accounts whose ${describeMatch(seg.match)} (any case).`];
  if (seg.description) sentences.push(seg.description);
  for (const [scKey, change] of Object.entries(seg.scorecards)) {
    const sc = model.scorecards[scKey];
    if (!sc) continue;
    const scTitle = titleOf(scKey, sc.label);
    const base = Object.entries(sc.components);
    const before = sum(base.map(([, c]) => c.weight));
    const after = sum(base.map(([k, c]) => change.components[k]?.weight ?? c.weight));
    const weights = Object.entries(change.components).map(([k, w]) => {
      const c = sc.components[k];
      const title = titleOf(k, c?.label);
      if (!c) return `${title} weighs ${formatNumber(w.weight)}`;
      return `${title} weighs ${formatNumber(w.weight)} instead of ${formatNumber(c.weight)} (${formatPercent(w.weight, after)} of the score instead of ${formatPercent(c.weight, before)})`;
    });
    if (weights.length > 0) sentences.push(`In ${scTitle}, ${weights.join('; ')}.`);
    for (const [id, m] of Object.entries(change.metrics)) {
      const found = findMetric(sc, id);
      if (!found) continue;
      const parts: string[] = [];
      if (m.weight !== undefined) parts.push(`weighs ${formatNumber(m.weight)} instead of ${formatNumber(found.use.weight)} within ${found.component}`);
      const text = m.normalizer ? describeMetric(found.use, m.normalizer) : undefined;
      const head = `In ${scTitle}, ${metricWordsOf(found.use.metric).label.toLowerCase()}${parts.length ? ` ${parts.join('')}` : ''}`;
      sentences.push(text ? `${head}${parts.length ? ', and reads' : ' reads'}: ${text}` : `${head}.`);
    }
  }
  return { name: seg.name, sentences };
}

/**
 * The active model in plain words, so sales, CS and leadership read one definition: every
 * scorecard, component, metric, threshold and weight, the bands, segments, staleness,
 * confidence and missing data. Pure: the definition in, sentences out.
 * @example describeModel(definition).scorecards[0]?.components[1]?.sentence // "Billing is 15 % of Account health."
 */
export function describeModel(model: ModelDefinition): ModelDescription {
  const scorecards = Object.entries(model.scorecards).map(([k, s]) => describeScorecard(k, s));
  const intro = [
    ...(model.description ? [model.description] : []),
    `The model "${model.name}" has ${scorecards.length === 1 ? 'one scorecard' : `${scorecards.length} scorecards`}: ${scorecards.map((s) => s.title).join(', ')}. Each scores an account from 0 to 100.`,
    'Every metric is first turned into points from 0 to 100, where 100 is what raises the scorecard. With red, yellow and green thresholds, red is 0 points, yellow 50 and green 100; a value in between scores in proportion, and beyond red or green it stays at 0 or 100.',
    "A scorecard's score is the weighted sum of its metrics' points: a component's share of the scorecard is split among its metrics by their weights.",
  ];
  const segmentList = model.segments.map((s) => describeSegment(s, model));
  const segments =
    model.segments.length === 0
      ? ['Every account is scored the same way: the model has no segments.']
      : [
          `The model has ${model.segments.length === 1 ? 'one segment' : `${model.segments.length} segments`}: ${model.segments.map((s) => s.name).join(', ')}. The first segment an account matches changes some weights and thresholds for it; everything it does not name stays as above. Percentile ranks "among accounts of the same segment" use the same segment.`,
        ];
  const staleness = [
    `A metric whose newest record is older than ${formatNumber(model.decay.staleAfterDays)} days is stale: its points drift toward the neutral 50, their distance from 50 halving every ${formatNumber(model.decay.halfLifeDays)} days after that. Counts and states as of today (such as days since contact) never go stale; a metric may set its own limits or never go stale.`,
  ];
  const missingData = [
    'A metric without data is missing, not zero: no payments on record means "we don\'t know", not "no failed payments".',
    "A missing metric drops out and its weight is shared among the other metrics of its component; a component with no data drops out and its weight is shared among the other components.",
    'An account with no data for any metric of a scorecard gets no score on it, never a made-up 50. Facts about the contract alone (days to renewal, lifecycle stage) do not make a score.',
  ];
  const confidence = [
    "Each score comes with a confidence from 0 to 100 %: the share of the scorecard's weight whose metrics had data, times how fresh that data is, times whether there were enough records.",
    'The range shown with a score is what it would be if every missing or stale metric took its worst or its best value: a green score with a wide range is green only because data is missing.',
  ];
  const own = model.rollUp.ownWeight;
  const rollUp = [
    `A parent account's score is ${formatPercent(own)} its own signals and ${formatPercent(1 - own)} its child accounts' scores, the children weighted ${model.rollUp.weightBy === 'arr' ? 'by ARR' : 'equally'}. A parent with no data of its own takes its children's score.`,
  ];
  return { title: `How the "${model.name}" model scores accounts`, intro, bands: [describeBands(model.bands)], scorecards, segments, segmentList, staleness, missingData, confidence, rollUp };
}
