import type { Schemas } from '../api/api.ts';

type Row = Schemas['RejectedRow'] & { raw?: string | null };

/** Rejected rows by file and line, with the column, the code and the reason (and the raw row when known). */
export function RejectedRowsTable({ rows, caption }: { rows: readonly Row[]; caption: string }) {
  const withRaw = rows.some((r) => r.raw);
  return (
    <div className="table-scroll">
      <table className="rejected-rows">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col" className="num">Line</th>
            <th scope="col">Column</th>
            <th scope="col">Code</th>
            <th scope="col">Reason</th>
            {withRaw && <th scope="col">Row as read</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.file}:${r.line}:${r.column ?? ''}:${i}`}>
              <td>{r.file}</td>
              <td className="num">{r.line}</td>
              <td>{r.column ?? <span className="muted">—</span>}</td>
              <td>
                <code>{r.code}</code>
              </td>
              <td>{r.message}</td>
              {withRaw && (
                <td>
                  <code className="raw">{r.raw ?? ''}</code>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
