import { useEffect, useRef, useState } from 'react';
import { api, dataOr, problemText, type Schemas } from '../api/api.ts';
import { pollJob } from '../api/poll-job.ts';
import { canManageModels, useSession } from '../auth/session.tsx';
import { ModelTable } from './model-table.tsx';
import { ModelVersions } from './model-versions.tsx';
import { modelProblems } from './model-problems.ts';
import { PreviewResult } from './preview-result.tsx';
import { useActiveModel } from './use-active-model.ts';
import { YamlEditor, type EditorIssue } from './yaml-editor.tsx';
import './models-page.css';

type PreviewJob = Schemas['ModelPreviewJob'];
type Validation = Schemas['ModelValidation'];

/** The active model, and a changed YAML to validate, preview (who would change band) and, for admins and managers, activate. */
export function ModelsPage() {
  const { principal } = useSession();
  const { model, error, reload } = useActiveModel();
  const [source, setSource] = useState<string>();
  const [issues, setIssues] = useState<readonly EditorIssue[]>([]);
  const [valid, setValid] = useState<Validation>();
  const [busy, setBusy] = useState<'validate' | 'preview' | 'activate'>();
  const [job, setJob] = useState<PreviewJob>();
  const [message, setMessage] = useState<string>();
  const [versionsTick, setVersionsTick] = useState(0);
  const abort = useRef<AbortController>(undefined);
  const previewHeading = useRef(false);

  useEffect(() => {
    if (model && source === undefined) setSource(model.source);
  }, [model, source]);
  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => {
    // Move focus to the result once, so keyboard and screen-reader users land on it.
    if (job?.status === 'completed' && !previewHeading.current) {
      previewHeading.current = true;
      document.getElementById('preview-heading')?.focus();
    }
  }, [job?.status]);

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!model || source === undefined) return <p className="muted">Loading the active model…</p>;

  const edited = source !== model.source;
  const reset = () => {
    setSource(model.source);
    setIssues([]);
    setValid(undefined);
  };

  const validate = async () => {
    setBusy('validate');
    setMessage(undefined);
    const r = await api.POST('/api/v1/models/validate', { body: { source } });
    setBusy(undefined);
    if (r.error !== undefined) {
      setValid(undefined);
      setIssues(modelProblems(r.error));
      return false;
    }
    setIssues([]);
    setValid(r.data);
    return true;
  };

  const preview = async () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setBusy('preview');
    setMessage(undefined);
    setJob(undefined);
    previewHeading.current = false;
    const r = await api.POST('/api/v1/models/previews', { body: { source } });
    if (r.error !== undefined) {
      setBusy(undefined);
      setIssues(modelProblems(r.error));
      return;
    }
    setIssues([]);
    const started = r.data;
    setJob(started);
    try {
      await pollJob(async () => dataOr(await api.GET('/api/v1/models/previews/{id}', { params: { path: { id: started.id } } })), setJob, controller.signal);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
    setBusy(undefined);
  };

  const activate = async () => {
    if (!window.confirm(`Activate this model for everyone? Every account will be rescored with it.`)) return;
    setBusy('activate');
    const r = await api.POST('/api/v1/models/activate', { body: { source } });
    setBusy(undefined);
    if (r.error !== undefined) {
      setIssues(modelProblems(r.error));
      setMessage(problemText(r.error));
      return;
    }
    setMessage(r.data.rescoring ? `Activated version ${r.data.active.version}; every account is being rescored with it.` : `Version ${r.data.active.version} was already active; nothing changed.`);
    setSource(undefined);
    setJob(undefined);
    setValid(undefined);
    reload();
    setVersionsTick((t) => t + 1);
  };

  const progress = job?.progress;
  return (
    <div className="models-page">
      <h1>Models</h1>
      <section className="card" aria-labelledby="active-heading">
        <h2 id="active-heading">
          Active model: {model.name} <code className="muted">{model.version}</code>
        </h2>
        {model.definition.description && <p>{model.definition.description}</p>}
        <ModelTable definition={model.definition} />
      </section>

      <section className="card" aria-labelledby="edit-heading">
        <h2 id="edit-heading">Change the model</h2>
        <p className="muted">
          Edit the YAML, then validate it or preview which accounts would change band. Nothing changes for anyone until {canManageModels(principal) ? 'you activate it' : 'an admin or manager activates it'}.
        </p>
        <YamlEditor label="Model YAML" value={source} onChange={(v) => {
          setSource(v);
          setValid(undefined);
        }} issues={issues} />
        <div className="actions">
          <button type="button" onClick={() => void validate()} disabled={busy !== undefined}>
            {busy === 'validate' ? 'Validating…' : 'Validate'}
          </button>
          <button type="button" className="primary" onClick={() => void preview()} disabled={busy !== undefined}>
            {busy === 'preview' ? 'Previewing…' : 'Preview changes'}
          </button>
          {canManageModels(principal) && (
            <button type="button" onClick={() => void activate()} disabled={busy !== undefined || !edited}>
              {busy === 'activate' ? 'Activating…' : 'Activate'}
            </button>
          )}
          <button type="button" className="link" onClick={reset} disabled={!edited || busy !== undefined}>
            Undo my edits
          </button>
        </div>
        <div aria-live="polite" className="status-line">
          {valid && (
            <p className="ok">
              Valid: “{valid.name}” version <code>{valid.version}</code>, scorecards {valid.scorecards.join(', ')}
              {valid.sameAsActive ? ' (the same as the active model)' : ''}.
            </p>
          )}
          {message && <p>{message}</p>}
          {job && job.status !== 'completed' && job.status !== 'failed' && (
            <div className="job-progress">
              <label>
                {job.status === 'queued' ? 'Waiting to start the preview…' : `Scoring accounts under both models${progress ? `: ${progress.done} of ${progress.total}` : '…'}`}
                <progress max={progress?.total || 1} value={progress?.done ?? 0} />
              </label>
            </div>
          )}
          {job?.status === 'failed' && <p role="alert" className="error">The preview failed: {job.error?.detail ?? 'unknown error'}</p>}
        </div>
      </section>

      {job?.status === 'completed' && job.result && <PreviewResult preview={job.result} active={model.definition} />}

      <ModelVersions refresh={versionsTick} />
    </div>
  );
}
