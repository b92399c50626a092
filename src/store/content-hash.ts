import { hash } from 'node:crypto';

/**
 * The content hash of a version's column values: equal values, equal hash, so an
 * unchanged fact is recognised without reading its stored columns.
 *
 * The stored format (sha1, base64url, 22 characters) must not change: a re-run compares
 * against hashes earlier runs wrote. crypto.hash is the one-shot form, ~3x cheaper per row.
 */
export function contentHash(values: readonly unknown[]): string {
  return hash('sha1', JSON.stringify(values), 'base64url').slice(0, 22);
}
