import { flattenChange } from './flatten-change.ts';

/** An entry's before and after as a table of changed fields; unchanged fields are listed apart, folded. */
export function AuditDiff({ before, after, label }: { before: unknown; after: unknown; label: string }) {
  const rows = flattenChange(before, after);
  if (rows.length === 0) return <span className="muted">no details</span>;
  const changed = rows.filter((r) => r.changed);
  const same = rows.filter((r) => !r.changed);
  const value = (v: string | undefined, kind: 'before' | 'after') => (v === undefined ? <span className="muted">—</span> : <span className={`diff-${kind}`}>{v}</span>);
  return (
    <div className="audit-diff">
      {changed.length > 0 && (
        <table aria-label={label}>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((r) => (
              <tr key={r.field}>
                <th scope="row">
                  <code>{r.field}</code>
                </th>
                <td>{value(r.before, 'before')}</td>
                <td>{value(r.after, 'after')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {same.length > 0 && (
        <details>
          <summary>{same.length === 1 ? '1 field unchanged' : `${same.length} fields unchanged`}</summary>
          <dl>
            {same.map((r) => (
              <div key={r.field}>
                <dt>
                  <code>{r.field}</code>
                </dt>
                <dd>{r.after}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </div>
  );
}
