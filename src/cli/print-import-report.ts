import { relative } from 'node:path';
import type { ImportReport } from '../app/index.js';

/** Human report: per file counts, then each rejected row as `file:line: message [code]`, then addresses no account matched. */
export function formatImportReport(report: ImportReport, maxIssuesPerFile = 20): string {
  const lines: string[] = [];
  for (const f of report.files) {
    const name = relative(process.cwd(), f.file) || f.file;
    if (f.fileIssue) {
      lines.push(`${name}: ${f.fileIssue.message} [${f.fileIssue.code}]`);
      continue;
    }
    const c = f.counts;
    lines.push(`${name} (${f.kind}, ${f.format}, ${f.encoding}${f.preset ? `, preset ${f.preset}` : ''}): ${c.rowsRead} rows, ${c.inserted} new, ${c.updated} changed, ${c.unchanged} unchanged, ${c.quarantined} rejected${c.unmatched ? `, ${c.unmatched} unmatched` : ''}${f.contactsCreated ? `; ${f.contactsCreated} new contact${f.contactsCreated === 1 ? '' : 's'} from its participants` : ''}`);
    if (f.ignoredColumns.length > 0) lines.push(`  ignored columns (not mapped to any field): ${f.ignoredColumns.join(', ')}`);
    for (const issue of f.issues.slice(0, maxIssuesPerFile)) {
      lines.push(`  ${name}:${issue.line}: ${issue.message} [${issue.code}]`);
    }
    if (c.quarantined > maxIssuesPerFile) lines.push(`  … ${c.quarantined - Math.min(maxIssuesPerFile, f.issues.length)} more rejected rows (see \`bellwether quarantine --import ${f.importId}\`)`);
    if (f.unmatchedAddresses.length > 0) {
      const shown = f.unmatchedAddresses.slice(0, maxIssuesPerFile);
      lines.push(`  unmatched addresses (no account found; assign with \`bellwether address assign ADDRESS ACCOUNT\`): ${shown.map((u) => `${u.address} (${u.activities})`).join(', ')}${f.unmatchedAddresses.length > shown.length ? ` … and ${f.unmatchedAddresses.length - shown.length} more` : ''}`);
    }
  }
  const t = report.totals;
  lines.push(`Data quality: ${t.rowsRead} rows read, ${t.inserted} new, ${t.updated} changed, ${t.unchanged} unchanged, ${t.quarantined} rejected${t.unmatched ? `, ${t.unmatched} waiting for an account (\`bellwether unmatched\`)` : ''}${t.failedFiles ? `, ${t.failedFiles} file(s) not imported` : ''}.`);
  return lines.join('\n');
}
