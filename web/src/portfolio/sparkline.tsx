/**
 * A score trend as a tiny inline SVG line: one polyline per row is cheap enough for a
 * virtualised table, where a chart library per row is not. Scores are 0–100; nulls (no
 * score yet) are left out.
 */
export function Sparkline({ points, width = 72, height = 20, label }: { points: readonly (number | null)[]; width?: number; height?: number; label: string }) {
  const known = points.map((p, i) => [i, p] as const).filter((x): x is readonly [number, number] => x[1] !== null);
  if (known.length === 0) return <span className="muted">–</span>;
  const step = points.length > 1 ? (width - 4) / (points.length - 1) : 0;
  const y = (v: number) => 2 + (height - 4) * (1 - v / 100);
  const coords = known.map(([i, v]) => `${(2 + i * step).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const [, first] = known[0]!;
  const [lastI, last] = known[known.length - 1]!;
  const trendClass = last > first ? 'up' : last < first ? 'down' : 'flat';
  return (
    <svg className={`sparkline ${trendClass}`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <polyline points={coords} fill="none" strokeWidth="1.5" strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={2 + lastI * step} cy={y(last)} r="2" />
    </svg>
  );
}
