import { PortfolioQueryError } from './portfolio-query-error.js';
import type { PortfolioSort } from './portfolio-query.js';

/**
 * Where a page ended: the sort it belongs to, the last row's sort value and account id. Rows
 * without a value come after all others, so `value: null` means "in that tail".
 */
export interface PortfolioPosition {
  readonly value: number | string | null;
  readonly accountId: number;
}

interface Encoded {
  readonly s: string;
  readonly d: string;
  readonly v: number | string | null;
  readonly i: number;
}

/** An opaque cursor (base64url JSON) for the page after `position`. */
export function encodePortfolioCursor(sort: PortfolioSort, position: PortfolioPosition): string {
  const body: Encoded = { s: sort.by, d: sort.direction, v: position.value, i: position.accountId };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

/**
 * The position a cursor holds, checked against the sort it is used with: a cursor that is
 * not ours, or that was made for another sort, is a {@link PortfolioQueryError}.
 */
export function decodePortfolioCursor(cursor: string, sort: PortfolioSort, valueType: 'number' | 'string'): PortfolioPosition {
  let body: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    throw new PortfolioQueryError('invalid_cursor', `cursor "${cursor.slice(0, 40)}" is not a portfolio cursor`, { cause: error });
  }
  if (!isEncoded(body, valueType)) throw new PortfolioQueryError('invalid_cursor', `cursor "${cursor.slice(0, 40)}" is not a portfolio cursor`);
  if (body.s !== sort.by || body.d !== sort.direction) throw new PortfolioQueryError('cursor_mismatch', `cursor was made for sort ${body.s} ${body.d}, used with ${sort.by} ${sort.direction}`);
  return { value: body.v, accountId: body.i };
}

function isEncoded(x: unknown, valueType: 'number' | 'string'): x is Encoded {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  const value = o.v === null || (valueType === 'number' ? typeof o.v === 'number' && Number.isFinite(o.v) : typeof o.v === 'string');
  return typeof o.s === 'string' && typeof o.d === 'string' && value && typeof o.i === 'number' && Number.isSafeInteger(o.i);
}
