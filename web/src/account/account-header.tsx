import type { AccountDetail } from './account-section.ts';
import { formatDate, formatMoney } from './format.ts';

/** Who the account is: name, segment, owner, ARR, renewal. */
export function AccountHeader({ detail }: { detail: AccountDetail }) {
  const a = detail.account;
  const facts: Array<[string, string]> = [
    ['Segment', a.segment ?? '–'],
    ['Owner', a.ownerEmail ?? '–'],
    ['ARR', formatMoney(a.arr, a.currency)],
    ['Renewal', formatDate(a.renewalDate)],
    ['Stage', a.lifecycleStage ?? '–'],
  ];
  return (
    <header className="acct-header">
      <h1>
        {a.name} <span className="muted acct-id">{a.externalId}</span>
      </h1>
      <dl className="acct-facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
