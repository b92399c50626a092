import { pino, type Logger } from 'pino';

/** Flags every command shares, defined once. */
export interface GlobalOptions {
  readonly databaseUrl?: string;
  readonly json?: boolean;
}

/** Exit codes: 0 ok, 1 an error or rejected input, 2 a usage error. */
export const EXIT = { ok: 0, error: 1, usage: 2 } as const;

export function databaseUrl(options: GlobalOptions): string | undefined {
  return options.databaseUrl ?? process.env.DATABASE_URL;
}

export function createLogger(): Logger {
  return pino({ level: process.env.LOG_LEVEL ?? 'info' }, pino.destination(2));
}

/** The clock, read here at the edge and handed to the core as a value. */
export function nowIso(): string {
  return new Date().toISOString();
}

export class UsageError extends Error {}

/** A moment given on the command line: an ISO date (midnight UTC) or timestamp; `now` when absent. */
export function parseMoment(value: string | undefined, flag: string, now: string): string {
  if (value === undefined) return now;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value)?.[1];
  const t = Date.parse(day === value ? `${value}T00:00:00Z` : value);
  // Date.parse rolls 2026-02-30 over to March: a date that does not round-trip is not a date.
  if (Number.isNaN(t) || (day !== undefined && !value.includes('+') && !/[-+]\d{2}:?\d{2}$/.test(value.slice(10)) && new Date(t).toISOString().slice(0, 10) !== day)) {
    throw new UsageError(`${flag} "${value}" is not a date (use YYYY-MM-DD or an ISO 8601 timestamp)`);
  }
  return new Date(t).toISOString();
}

/** Who is acting, for audit entries: --author, else BELLWETHER_USER, else the local admin. */
export function actorOf(author: string | undefined): string {
  return author ?? process.env.BELLWETHER_USER ?? 'local-admin@localhost';
}

/** A --scorecard the model does not have is a usage error, not an empty answer. */
export function checkScorecard(scorecard: string | undefined, names: readonly string[]): void {
  if (scorecard !== undefined && !names.includes(scorecard)) throw new UsageError(`--scorecard "${scorecard}" is not in the model (it has ${names.join(', ')})`);
}
