import type { Schemas } from '../api/api.ts';

type HistoryEvent = Schemas['HistoryEvent'];

/** The colour each kind of event is marked with on the history chart. */
export const EVENT_COLOURS: Readonly<Record<HistoryEvent['kind'], string>> = { override: '#6a3d9a', pulse: '#8a6d00', outcome: '#2e7d32' };

/** An event in words, for the chart's tooltip and its table. */
export function eventText(e: HistoryEvent): string {
  if (e.kind === 'outcome') return `Outcome: ${e.outcome}`;
  const what = e.kind === 'override' ? `Override ${e.mode === 'absolute' ? `set ${e.value}` : `${e.value > 0 ? '+' : ''}${e.value}`}` : `Pulse ${e.rating}`;
  return `${what} ${e.change} by ${e.by}${e.reason ? `: ${e.reason}` : ''}`;
}
