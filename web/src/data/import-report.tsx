import type { Schemas } from '../api/api.ts';
import { RejectedRowsTable } from './rejected-rows-table.tsx';

type Report = NonNullable<Schemas['ImportJobReport']>;

/** The data-quality report of an upload: what each file added, what failed, and the rejected rows by line. */
export function ImportReport({ report }: { report: Report }) {
  const t = report.totals;
  return (
    <section className="card" aria-labelledby="report-heading">
      <h2 id="report-heading" tabIndex={-1}>
        Data-quality report
      </h2>
      <p>
        {t.rowsRead} rows read: {t.inserted} new, {t.updated} changed, {t.unchanged} unchanged, <strong>{t.quarantined} rejected</strong>
        {t.failedFiles > 0 ? `; ${t.failedFiles} ${t.failedFiles === 1 ? 'file' : 'files'} not imported at all` : ''}.
      </p>
      <div className="table-scroll">
        <table>
          <caption>Per file, in the order imported</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Kind</th>
              <th scope="col" className="num">Rows</th>
              <th scope="col" className="num">New</th>
              <th scope="col" className="num">Changed</th>
              <th scope="col" className="num">Unchanged</th>
              <th scope="col" className="num">Rejected</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {report.files.map((f) => (
              <tr key={f.file}>
                <td>{f.file}</td>
                <td>{f.kind ?? '—'}</td>
                <td className="num">{f.rowsRead}</td>
                <td className="num">{f.inserted}</td>
                <td className="num">{f.updated}</td>
                <td className="num">{f.unchanged}</td>
                <td className="num">{f.quarantined}</td>
                <td>
                  {f.fileIssue ? (
                    <span className="error">
                      Not imported: {f.fileIssue.message} [{f.fileIssue.code}]
                    </span>
                  ) : (
                    [f.format, f.encoding, f.preset ? `preset ${f.preset}` : '', f.ignoredColumns.length ? `ignored columns: ${f.ignoredColumns.join(', ')}` : ''].filter(Boolean).join(' · ')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.rejected.length === 0 ? (
        <p>No row was rejected.</p>
      ) : (
        <RejectedRowsTable
          rows={report.rejected}
          caption={report.rejected.length < t.quarantined ? `The first ${report.rejected.length} of ${t.quarantined} rejected rows (each run's quarantine below lists all)` : 'Rejected rows'}
        />
      )}
    </section>
  );
}
