import { formatMoney } from './format-money.ts';
import type { PortfolioTotals as Totals } from './use-portfolio-totals.ts';

interface Props {
  readonly totals: Totals | undefined;
  /** The health totals of the same filters, for ARR at risk (the same object when health is shown). */
  readonly health: Totals | undefined;
  /** The two health bands counted as at risk: the two with the lowest scores. */
  readonly atRiskBands: readonly string[];
}

/** Accounts and ARR of everything the filters match: by band of the scorecard shown, and the ARR at risk on health. */
export function PortfolioTotals({ totals, health, atRiskBands }: Props) {
  if (!totals) return <p className="portfolio-totals muted" aria-live="polite">Counting…</p>;
  const currency = totals.currencies.length === 1 ? totals.currencies[0] : undefined;
  const atRisk = health?.byBand.filter((b) => b.band !== null && atRiskBands.includes(b.band)).reduce((n, b) => n + b.arr, 0);
  return (
    <dl className="portfolio-totals" aria-live="polite">
      <div>
        <dt>Accounts</dt>
        <dd>{totals.accounts.toLocaleString()}</dd>
      </div>
      <div>
        <dt>ARR</dt>
        <dd>{formatMoney(totals.arr, currency)}</dd>
      </div>
      {atRisk !== undefined && atRiskBands.length > 0 && (
        <div className="at-risk">
          <dt title={`ARR of accounts whose health is ${atRiskBands.join(' or ')}`}>ARR at risk</dt>
          <dd>{formatMoney(atRisk, currency)}</dd>
        </div>
      )}
      {totals.byBand.map((b) => (
        <div key={b.band ?? ''} className="band-total">
          <dt>{b.band ?? 'Not scored'}</dt>
          <dd>
            {formatMoney(b.arr, currency)} <span className="muted">({b.accounts.toLocaleString()})</span>
          </dd>
        </div>
      ))}
      {totals.currencies.length > 1 && <p className="muted mixed">Sums mix {totals.currencies.join(', ')}.</p>}
    </dl>
  );
}
