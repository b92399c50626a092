/** Band colours of the shipped model; a band the model colours itself is passed in. */
const BAND_COLOURS: Readonly<Record<string, string>> = { Healthy: 'var(--healthy)', Neutral: 'var(--neutral)', 'At risk': 'var(--at-risk)', Critical: 'var(--critical)' };

export function BandBadge({ band, color }: { band: string | null | undefined; color?: string }) {
  if (!band) return <span className="muted">not scored</span>;
  return (
    <span className="band" style={{ background: color ?? BAND_COLOURS[band] ?? 'var(--muted)' }}>
      {band}
    </span>
  );
}
