import type { Random } from './random.js';
import { FIRST_NAMES, LAST_NAMES, NAME_PREFIXES, NAME_QUALIFIERS, NAME_ROOTS, NAME_SUFFIXES } from './word-banks.js';

const COMBINATIONS = NAME_PREFIXES.length * NAME_ROOTS.length * NAME_SUFFIXES.length;
/** Coprime with COMBINATIONS (25,600 = 2^10·5^2), so `j·STRIDE mod COMBINATIONS` is a permutation. */
const STRIDE = 7919;

function at<T>(items: readonly T[], i: number): T {
  const item = items[i % items.length];
  if (item === undefined) throw new RangeError('empty word list');
  return item;
}

export interface CompanyName {
  /** Display name, e.g. "Brightforge Labs". */
  readonly name: string;
  /** Lower-case stem for domains, e.g. "brightforge". */
  readonly stem: string;
}

/**
 * The name of the account at `index`, unique by construction rather than by remembering
 * every name (size L must not keep 100k names in memory): indexes map one-to-one onto
 * prefix × root × suffix, and each further lap through the combinations adds a qualifier.
 */
export function companyName(index: number, seed: number): CompanyName {
  const lap = Math.floor(index / COMBINATIONS);
  const j = ((index % COMBINATIONS) * STRIDE + (Math.abs(seed) % COMBINATIONS)) % COMBINATIONS;
  const suffix = at(NAME_SUFFIXES, j % NAME_SUFFIXES.length);
  const rest = Math.floor(j / NAME_SUFFIXES.length);
  const root = at(NAME_ROOTS, rest % NAME_ROOTS.length);
  const prefix = at(NAME_PREFIXES, Math.floor(rest / NAME_ROOTS.length));
  const stem = `${prefix}${root}`;
  const qualifier = lap === 0 ? '' : lap <= NAME_QUALIFIERS.length ? ` ${at(NAME_QUALIFIERS, lap - 1)}` : ` ${lap}`;
  return { name: `${stem}${qualifier} ${suffix}`, stem: stem.toLowerCase() };
}

export interface PersonName {
  readonly first: string;
  readonly last: string;
  readonly full: string;
  /** `first.last`, ASCII only, for email addresses. */
  readonly local: string;
}

export function personName(rng: Random): PersonName {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  return { first, last, full: `${first} ${last}`, local: `${asciiSlug(first)}.${asciiSlug(last)}` };
}

/** "Müller" → "muller", "O'Brien" → "obrien". */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
