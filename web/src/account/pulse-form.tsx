import { useId, useState, type FormEvent } from 'react';
import { api, type Schemas } from '../api/api.ts';
import type { AccountSectionProps } from './account-section.ts';
import { dateInputValue, endOfDay } from './format.ts';
import { FormProblem } from '../ui/form-problem.tsx';

type Rating = Schemas['NewPulse']['rating'];
const RATINGS: ReadonlyArray<{ value: Rating; label: string }> = [
  { value: 'green', label: 'Green: on track' },
  { value: 'yellow', label: 'Yellow: watch it' },
  { value: 'red', label: 'Red: at risk' },
];

/** Your read of the account (red, yellow, green) with a note; it replaces your previous pulse. */
export function PulseForm({ detail, onChanged }: Pick<AccountSectionProps, 'detail' | 'onChanged'>) {
  const id = useId();
  const [rating, setRating] = useState<Rating>('yellow');
  const [note, setNote] = useState('');
  const [expires, setExpires] = useState(dateInputValue(90));
  const [problem, setProblem] = useState<unknown>();
  const [status, setStatus] = useState<'idle' | 'saving' | 'rescoring' | 'done'>('idle');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setProblem(undefined);
    setStatus('saving');
    const r = await api.POST('/api/v1/accounts/{externalId}/pulses', { params: { path: { externalId: detail.account.externalId } }, body: { rating, note: note.trim(), expiresAt: endOfDay(expires) } });
    if (r.error !== undefined) {
      setProblem(r.error);
      setStatus('idle');
      return;
    }
    setStatus('rescoring');
    setNote('');
    await onChanged();
    setStatus('done');
  }

  return (
    <form className="acct-form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Give a pulse</h3>
      <fieldset className="acct-radios">
        <legend>Rating</legend>
        {RATINGS.map((r) => (
          <label key={r.value}>
            <input type="radio" name={`${id}-rating`} checked={rating === r.value} onChange={() => setRating(r.value)} /> {r.label}
          </label>
        ))}
      </fieldset>
      <label>
        Note
        <textarea required minLength={3} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <label>
        Expires
        <input type="date" required min={dateInputValue(1)} value={expires} onChange={(e) => setExpires(e.target.value)} />
      </label>
      <FormProblem problem={problem} />
      <button type="submit" className="primary" disabled={status === 'saving' || status === 'rescoring'}>
        {status === 'saving' ? 'Saving…' : status === 'rescoring' ? 'Rescoring…' : 'Save pulse'}
      </button>
      <p className="muted" aria-live="polite">
        {status === 'done' ? 'Pulse saved; it replaces your previous one.' : ''}
      </p>
    </form>
  );
}
