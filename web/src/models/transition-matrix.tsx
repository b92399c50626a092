import type { Schemas } from '../api/api.ts';

type Transition = Schemas['ModelPreview']['scorecards'][number]['transitions'][number];

const NO_SCORE = 'no score';

/** Accounts from each band (active model, rows) to each band (candidate, columns); the diagonal is unchanged. */
export function TransitionMatrix({ caption, transitions, order }: { caption: string; transitions: readonly Transition[]; order: readonly string[] }) {
  const seen = new Set(transitions.flatMap((t) => [t.from ?? NO_SCORE, t.to ?? NO_SCORE]));
  const bands = [...order.filter((b) => seen.has(b)), ...[...seen].filter((b) => !order.includes(b) && b !== NO_SCORE).sort(), ...(seen.has(NO_SCORE) ? [NO_SCORE] : [])];
  const count = (from: string, to: string) => transitions.find((t) => (t.from ?? NO_SCORE) === from && (t.to ?? NO_SCORE) === to)?.accounts ?? 0;
  return (
    <table className="transition-matrix">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="sr-only">Active band, then candidate band</span>
            <span aria-hidden="true">from \ to</span>
          </th>
          {bands.map((b) => (
            <th key={b} scope="col" className="num">
              {b}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {bands.map((from) => (
          <tr key={from}>
            <th scope="row">{from}</th>
            {bands.map((to) => {
              const n = count(from, to);
              const cls = from === to ? 'same' : n > 0 ? 'moved' : undefined;
              return (
                <td key={to} className={`num ${cls ?? ''}`}>
                  {n === 0 ? <span className="muted">·</span> : n}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
