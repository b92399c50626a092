import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/api.ts';
import type { AccountSectionProps } from './account-section.ts';
import { dateInputValue, endOfDay } from './format.ts';
import { FormProblem } from '../ui/form-problem.tsx';

/** Set the score, or shift it, with a reason and an expiry; the page then waits for the rescore. */
export function OverrideForm({ detail, scorecard, onChanged }: Pick<AccountSectionProps, 'detail' | 'scorecard' | 'onChanged'>) {
  const id = useId();
  const [mode, setMode] = useState<'set' | 'delta'>('set');
  const [value, setValue] = useState('');
  const [target, setTarget] = useState(scorecard.scorecard);
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState(dateInputValue(30));
  const [problem, setProblem] = useState<unknown>();
  const [status, setStatus] = useState<'idle' | 'saving' | 'rescoring' | 'done'>('idle');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setProblem(undefined);
    setStatus('saving');
    const n = Number(value);
    const r = await api.POST('/api/v1/accounts/{externalId}/overrides', {
      params: { path: { externalId: detail.account.externalId } },
      body: { ...(mode === 'set' ? { set: n } : { delta: n }), reason: reason.trim(), expiresAt: endOfDay(expires), ...(target ? { scorecard: target } : {}) },
    });
    if (r.error !== undefined) {
      setProblem(r.error);
      setStatus('idle');
      return;
    }
    setStatus('rescoring');
    setReason('');
    setValue('');
    await onChanged();
    setStatus('done');
  }

  return (
    <form className="acct-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Override the score</h3>
      <fieldset className="acct-radios">
        <legend>How</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'set'} onChange={() => setMode('set')} /> Set to
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'delta'} onChange={() => setMode('delta')} /> Shift by
        </label>
      </fieldset>
      <label>
        {mode === 'set' ? 'Score (0–100)' : 'Points (−100 to 100)'}
        <input type="number" required step="0.1" min={mode === 'set' ? 0 : -100} max={100} value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <label>
        Scorecard
        <select value={target} onChange={(e) => setTarget(e.target.value)}>
          {detail.scorecards.map((s) => (
            <option key={s.scorecard} value={s.scorecard}>
              {s.scorecard}
            </option>
          ))}
          <option value="">every scorecard</option>
        </select>
      </label>
      <label>
        Reason
        <textarea required minLength={3} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <label>
        Expires
        <input type="date" required min={dateInputValue(1)} value={expires} onChange={(e) => setExpires(e.target.value)} />
      </label>
      <FormProblem problem={problem} />
      <button type="submit" className="primary" disabled={status === 'saving' || status === 'rescoring'}>
        {status === 'saving' ? 'Saving…' : status === 'rescoring' ? 'Rescoring…' : 'Save override'}
      </button>
      <p className="muted" aria-live="polite">
        {status === 'done' ? 'Override saved; the score above includes it.' : ''}
      </p>
    </form>
  );
}
