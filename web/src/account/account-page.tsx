import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useSession } from '../auth/session.tsx';
import { NotFoundPage } from '../layout/not-found-page.tsx';
import { AccountHeader } from './account-header.tsx';
import { ACCOUNT_SECTIONS } from './account-sections.tsx';
import { EvidencePanel } from './evidence-panel.tsx';
import type { RecordRef } from './record-ref.ts';
import { ScorecardCard } from './scorecard-card.tsx';
import { useAccountDetail } from './use-account-detail.ts';
import './account.css';

/** One account: its scores, why, the records behind them, and what people said about it. */
export function AccountPage() {
  const externalId = useParams().externalId ?? '';
  const { principal } = useSession();
  const { state, refreshAfterChange } = useAccountDetail(externalId);
  const [picked, setPicked] = useState<string>();
  const [revision, setRevision] = useState(0);
  const [record, setRecord] = useState<RecordRef>();
  const onChanged = useCallback(async () => {
    await refreshAfterChange();
    setRevision((r) => r + 1);
  }, [refreshAfterChange]);

  if (state.status === 'missing') return <NotFoundPage />;
  if (state.status === 'failed') return <p className="error" role="alert">{state.message}</p>;
  if (state.status === 'loading' || !principal) return <p className="muted">Loading the account…</p>;
  const { detail } = state;
  const scorecard = detail.scorecards.find((s) => s.scorecard === picked) ?? detail.scorecards[0];
  const sections = ACCOUNT_SECTIONS.filter((s) => !s.allowed || s.allowed(principal));

  return (
    <div className="acct-page">
      <AccountHeader detail={detail} />
      <nav className="acct-contents" aria-label="On this page">
        {sections.map((s) => (
          <a key={s.id} href={`#${s.id}`}>
            {s.title}
          </a>
        ))}
      </nav>
      <section className="card" aria-labelledby="scores-title">
        <h2 id="scores-title">Scores</h2>
        {detail.scorecards.length === 0 ? (
          <p className="muted">Not scored yet.</p>
        ) : (
          <div className="acct-scorecards">
            {detail.scorecards.map((s) => (
              <ScorecardCard key={s.scorecard} score={s} selected={s === scorecard} onSelect={() => setPicked(s.scorecard)} />
            ))}
          </div>
        )}
        {scorecard && detail.scorecards.length > 1 && <p className="muted">The sections below show {scorecard.scorecard}; pick another scorecard above.</p>}
      </section>
      {scorecard && (
        <div className="acct-sections">
          {sections.map((s) => (
            <section key={s.id} id={s.id} className={s.wide ? 'card wide' : 'card'} aria-labelledby={`${s.id}-title`}>
              <h2 id={`${s.id}-title`}>{s.title}</h2>
              <s.component detail={detail} scorecard={scorecard} principal={principal} revision={revision} onChanged={onChanged} openRecord={setRecord} />
            </section>
          ))}
        </div>
      )}
      {record && <EvidencePanel key={`${record.kind}/${record.id}`} record={record} onClose={() => setRecord(undefined)} />}
    </div>
  );
}
