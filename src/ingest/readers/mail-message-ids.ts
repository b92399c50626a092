/**
 * The message ids in a Message-ID, In-Reply-To or References header, in order, without
 * their angle brackets. A value without brackets (some clients drop them) counts as
 * whitespace-separated ids; comments and phrases around bracketed ids are ignored.
 *
 * @example mailMessageIds('<a@x> (comment) <b@y>') // ['a@x', 'b@y']
 */
export function mailMessageIds(value: string | undefined): string[] {
  if (value === undefined) return [];
  const bracketed = [...value.matchAll(/<([^<>]*)>/g)].map((m) => (m[1] ?? '').replace(/\s+/g, '')).filter((id) => id.length > 0);
  if (bracketed.length > 0 || value.includes('<')) return bracketed;
  return value.split(/[\s,]+/).filter((id) => id.includes('@'));
}
