/** How the account page writes numbers and moments: one place, so every section agrees. */
export const formatScore = (n: number | null | undefined) => (n === null || n === undefined ? '–' : n.toFixed(1));

export const formatDelta = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(1)}`);

export const formatPercent = (n: number) => `${Math.round(n * 100)} %`;

export const formatDate = (iso: string | null | undefined) => (iso ? new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }) : '–');

export const formatDateTime = (iso: string) => new Date(iso).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export const formatMoney = (amount: number | undefined, currency = 'USD') => (amount === undefined ? '–' : new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount));

/** A date input's value (YYYY-MM-DD, local) `days` from today. */
export function dateInputValue(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The end of a YYYY-MM-DD day in the reader's time zone, as the API's ISO moment. */
export const endOfDay = (date: string) => new Date(`${date}T23:59:59.999`).toISOString();
export const startOfDay = (date: string) => new Date(`${date}T00:00:00`).toISOString();

/** A metric's raw value: numbers to three decimals at most. */
export const formatValue = (v: number | string | null | undefined) => (v === null || v === undefined ? '–' : typeof v === 'number' ? String(Math.round(v * 1000) / 1000) : v);
