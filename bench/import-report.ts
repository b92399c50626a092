import type { DatabaseFigures, ImportBenchResult, Rate } from './import-bench.js';

const num = (n: number) => n.toLocaleString('en-US');
const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

function line(label: string, f: Rate, extra = ''): string {
  const us = f.rows > 0 ? ((f.seconds * 1e6) / f.rows).toFixed(1) : '-';
  return `  ${label.padEnd(22)} ${num(f.rows).padStart(10)} rows ${f.seconds.toFixed(2).padStart(7)} s ${num(f.rowsPerSecond).padStart(10)} rows/s ${us.padStart(6)} µs/row${extra}`;
}

function database(d: DatabaseFigures): string[] {
  if (d.skipped) return [`${d.database}: skipped: ${d.skipped}`];
  const out = [`${d.database}${d.location ? ` (kept: ${d.location})` : ''}`];
  if (d.csv) out.push(line('import CSV', d.csv, `  ${pct(d.csv.ratioToRaw)} of raw`));
  if (d.rerun) out.push(line('re-run CSV (no-op)', d.rerun, `  unchanged ${num(d.rerun.counts?.unchanged ?? 0)}, inserted ${num(d.rerun.counts?.inserted ?? 0)}`));
  if (d.ndjson) out.push(line('import NDJSON', d.ndjson, `  ${pct(d.ndjson.ratioToRaw)} of raw`));
  if (d.writeAlone) out.push(line('writes alone', d.writeAlone, `  ${d.writeAlone.file}, parsed beforehand; one writer's ceiling`));
  if (d.csv?.counts) {
    const c = d.csv.counts;
    out.push(`  CSV counts: inserted ${num(c.inserted)}, updated ${num(c.updated)}, unchanged ${num(c.unchanged)}, quarantined ${num(c.quarantined)}`);
  }
  out.push(`  peak RSS ${d.peakRssMb} MB`);
  for (const c of d.checks) out.push(`  ${c.pass ? 'PASS' : 'MISS'} ${c.name}: ${c.actual} (target ${c.target})`);
  return out;
}

/** The human-readable report of `bench import`. */
export function formatImportReport(r: ImportBenchResult): string {
  return [
    `import benchmark, size ${r.size}, data ${r.dataDir}${r.generated ? ' (generated now)' : ''}`,
    'raw parse (reader only, no store; best of 3)',
    line('CSV', r.raw.csv),
    ...(r.raw.ndjson ? [line('NDJSON', r.raw.ndjson)] : []),
    'parse + validate (reader and record schemas, no store; best of 3)',
    line('CSV', r.validated.csv, `  ${pct(r.validated.csv.rowsPerSecond / r.raw.csv.rowsPerSecond)} of raw`),
    ...r.databases.flatMap(database),
  ].join('\n');
}
