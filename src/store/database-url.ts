/** Which database a `DATABASE_URL` names. */
export type DatabaseTarget =
  | { readonly dialect: 'sqlite'; readonly path: string }
  | { readonly dialect: 'postgres'; readonly url: string; readonly schema?: string };

export const DEFAULT_DATABASE_PATH = './data/bellwether.db';

/**
 * `postgres://…` (or `postgresql://…`) selects PostgreSQL; `sqlite:PATH`, `file:PATH` or a
 * plain path selects a SQLite file. A `?schema=NAME` on a PostgreSQL URL puts every table
 * in that schema (tests use it so parallel runs don't collide).
 */
export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  const value = url?.trim() || DEFAULT_DATABASE_PATH;
  if (/^postgres(ql)?:\/\//i.test(value)) {
    const parsed = new URL(value);
    const schema = parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    return { dialect: 'postgres', url: parsed.toString(), ...(schema ? { schema } : {}) };
  }
  const path = value.replace(/^(sqlite|file):(\/\/)?/i, '');
  if (path === '') throw new Error(`DATABASE_URL "${value}" names no SQLite file`);
  return { dialect: 'sqlite', path };
}
