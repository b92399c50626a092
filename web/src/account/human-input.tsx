import { api } from '../api/api.ts';
import type { AccountSectionProps } from './account-section.ts';
import { EndNowButton } from './end-now-button.tsx';
import { formatDate } from './format.ts';
import { OverrideForm } from './override-form.tsx';
import { PulseForm } from './pulse-form.tsx';
import { useApiData } from './use-api-data.ts';

/**
 * Overrides and pulses: those in force and ended, and the forms to add one. A viewer never
 * writes; a rep sees only accounts they own or share, so any account a rep can open is one
 * they may write to. The API decides anyway: a refusal shows its problem text.
 */
export function HumanInput(props: AccountSectionProps) {
  const { detail, principal, revision, onChanged } = props;
  const externalId = detail.account.externalId;
  const overrides = useApiData(() => api.GET('/api/v1/accounts/{externalId}/overrides', { params: { path: { externalId } } }), [externalId, revision]);
  const pulses = useApiData(() => api.GET('/api/v1/accounts/{externalId}/pulses', { params: { path: { externalId } } }), [externalId, revision]);
  const canWrite = principal.role !== 'viewer';
  const endThen = async (r: Promise<{ error?: unknown }>) => {
    const { error } = await r;
    if (error === undefined) await onChanged();
    return error;
  };
  return (
    <div className="acct-human">
      <div>
        <h3>Overrides</h3>
        {overrides.status === 'failed' && <p className="error">{overrides.message}</p>}
        {overrides.status === 'ready' && overrides.data.items.length === 0 && <p className="muted">None.</p>}
        {overrides.status === 'ready' && (
          <ul className="acct-list">
            {overrides.data.items.map((o) => (
              <li key={o.id}>
                <strong>{o.mode === 'absolute' ? `Set to ${o.value}` : `Shift ${o.value > 0 ? '+' : ''}${o.value}`}</strong> on {o.scorecard ?? 'every scorecard'} <span className={`acct-status ${o.status}`}>{o.status}</span>
                <br />“{o.reason}” by {o.authorEmail}, {formatDate(o.createdAt)}
                {o.expiresAt && <>; until {formatDate(o.expiresAt)}</>}
                {o.revokeReason && <span className="muted"> (ended: {o.revokeReason})</span>}
                {canWrite && o.status === 'active' && <EndNowButton what="this override" end={(reason) => endThen(api.POST('/api/v1/overrides/{id}/expire', { params: { path: { id: o.id } }, body: { reason } }))} />}
              </li>
            ))}
          </ul>
        )}
        <h3>Pulses</h3>
        {pulses.status === 'failed' && <p className="error">{pulses.message}</p>}
        {pulses.status === 'ready' && pulses.data.items.length === 0 && <p className="muted">None.</p>}
        {pulses.status === 'ready' && (
          <ul className="acct-list">
            {pulses.data.items.map((p) => (
              <li key={p.id}>
                <strong className={`acct-pulse ${p.rating}`}>{p.rating}</strong> <span className={`acct-status ${p.status}`}>{p.status}</span>
                <br />“{p.note}” by {p.authorEmail}, {formatDate(p.createdAt)}
                {p.expiresAt && <>; until {formatDate(p.expiresAt)}</>}
                {canWrite && p.status === 'active' && <EndNowButton what="this pulse" end={(reason) => endThen(api.POST('/api/v1/pulses/{id}/expire', { params: { path: { id: p.id } }, body: { reason } }))} />}
              </li>
            ))}
          </ul>
        )}
      </div>
      {canWrite && (
        <div className="acct-forms">
          <OverrideForm key={props.scorecard.scorecard} {...props} />
          <PulseForm {...props} />
        </div>
      )}
    </div>
  );
}
