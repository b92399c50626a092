import { useState, type FormEvent } from 'react';
import { FormProblem } from '../ui/form-problem.tsx';

/** "End now" on an override or pulse: asks for the reason the audit trail keeps, then calls `end`. */
export function EndNowButton({ what, end }: { what: string; end(reason: string): Promise<unknown> }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const error = await end(reason.trim());
    setBusy(false);
    if (error !== undefined) setProblem(error);
    else setOpen(false);
  }
  if (!open) return <button type="button" onClick={() => setOpen(true)}>End now</button>;
  return (
    <form className="acct-inline-form" onSubmit={(e) => void submit(e)}>
      <label>
        Why end {what}?
        <input required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      </label>
      <button type="submit" disabled={busy}>
        End {what}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      <FormProblem problem={problem} />
    </form>
  );
}
