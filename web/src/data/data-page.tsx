import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, dataOr } from '../api/api.ts';
import { pollJob } from '../api/poll-job.ts';
import { canManageReviewList, useSession } from '../auth/session.tsx';
import { ImportReport } from './import-report.tsx';
import { ImportRuns } from './import-runs.tsx';
import { ReviewList } from './review-list.tsx';
import { startImport, type ImportJob } from './start-import.ts';
import './data-page.css';

const KINDS = ['accounts', 'internal_users', 'contacts', 'activities', 'invoices', 'payments', 'tickets', 'usage_days', 'survey_responses', 'feedback', 'outcomes', 'metric_values'] as const;

/** Imports: upload CSV/NDJSON files, follow the import, read its data-quality report, every run's quarantine, and the review list. */
export function DataPage() {
  const { principal } = useSession();
  const [files, setFiles] = useState<readonly File[]>([]);
  const [kind, setKind] = useState('');
  const [job, setJob] = useState<ImportJob>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [runsTick, setRunsTick] = useState(0);
  // An assignment imports what waited as a run of its own; the runs list shows it at once.
  const [assignTick, setAssignTick] = useState(0);
  const abort = useRef<AbortController>(undefined);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => {
    if (job?.status === 'completed') document.getElementById('report-heading')?.focus();
  }, [job?.status]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (files.length === 0) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setError(undefined);
    setJob(undefined);
    try {
      const started = await startImport(files, kind || undefined);
      setJob(started);
      await pollJob(async () => dataOr(await api.GET('/api/v1/import-jobs/{id}', { params: { path: { id: started.id } } })), setJob, controller.signal, 400);
      setRunsTick((t) => t + 1);
      setFiles([]);
      if (input.current) input.current.value = '';
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
    setBusy(false);
  };

  const p = job?.progress;
  const pct = p && p.total > 0 ? Math.round((100 * p.done) / p.total) : 0;
  return (
    <div className="data-page">
      <h1>Data</h1>
      <section className="card" aria-labelledby="upload-heading">
        <h2 id="upload-heading">Import files</h2>
        <p className="muted">
          CSV or NDJSON. The file name says what it holds (accounts.csv, tickets.ndjson, 2024-10_usage_days.csv); accounts are imported first. Bad rows are set aside with their line and reason, and the rest is imported.
        </p>
        <form onSubmit={(e) => void submit(e)} className="upload-form">
          <label>
            Files to import
            <input ref={input} type="file" name="file" multiple accept=".csv,.tsv,.txt,.ndjson,.jsonl,.eml,.mbox,.ics,text/csv,application/x-ndjson,message/rfc822,text/calendar" onChange={(e) => setFiles([...(e.target.files ?? [])])} />
          </label>
          <label>
            What the files hold
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="">From each file’s name</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary" disabled={busy || files.length === 0}>
            {busy ? 'Importing…' : files.length > 1 ? `Import ${files.length} files` : 'Import'}
          </button>
        </form>
        <div aria-live="polite">
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          {job && job.status !== 'completed' && job.status !== 'failed' && (
            <div className="import-progress">
              <label>
                {job.status === 'queued' ? 'Waiting for the import to start…' : `Importing${p?.file ? ` ${p.file}` : ''}: ${pct} %`}
                <progress max={100} value={pct} />
              </label>
            </div>
          )}
          {job?.status === 'failed' && (
            <p role="alert" className="error">
              The import failed: {job.error?.detail ?? 'unknown error'}
            </p>
          )}
          {job?.status === 'completed' && <p className="ok">Imported {job.files.join(', ')}.</p>}
        </div>
      </section>
      {job?.status === 'completed' && job.report && <ImportReport report={job.report} />}
      {canManageReviewList(principal) && <ReviewList key={runsTick} onAssigned={() => setAssignTick((t) => t + 1)} />}
      <ImportRuns refresh={runsTick + assignTick} />
    </div>
  );
}
