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
