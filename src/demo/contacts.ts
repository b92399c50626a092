import type { ContactRole } from '../domain/index.js';
import { personName } from './names.js';
import type { Random } from './random.js';

export interface DemoContact {
  readonly externalId: string;
  readonly email: string;
  readonly name: string;
  readonly title: string;
  readonly role: ContactRole;
  /** When the contact first appears (later hires join mid-history). */
  readonly sinceMs: number;
}

/** The first roles every account fills, in order; the rest are users, admins and the like. */
const KEY_ROLES: readonly ContactRole[] = ['champion', 'executive_sponsor', 'billing', 'admin'];
const OTHER_ROLES: readonly ContactRole[] = ['user', 'user', 'technical', 'decision_maker', 'economic_buyer', 'admin', 'other'];

const TITLES: Readonly<Record<ContactRole, readonly string[]>> = {
  champion: ['Head of Operations', 'Director of Analytics', 'Operations Manager'],
  executive_sponsor: ['VP Operations', 'Chief Operating Officer', 'VP Finance'],
  decision_maker: ['Director of IT', 'Head of Procurement'],
  economic_buyer: ['CFO', 'VP Finance'],
  admin: ['Systems Administrator', 'IT Manager'],
  user: ['Analyst', 'Team Lead', 'Account Manager', 'Specialist'],
  technical: ['Software Engineer', 'Data Engineer'],
  billing: ['Accounts Payable', 'Finance Manager'],
  other: ['Consultant', 'Intern'],
};

export function buildContacts(rng: Random, count: number, accountNumber: string, domain: string, startMs: number, endMs: number): DemoContact[] {
  const used = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    const p = personName(rng);
    let local = p.local;
    for (let n = 2; used.has(local); n++) local = `${p.local}${n}`;
    used.add(local);
    const role = KEY_ROLES[i] ?? rng.pick(OTHER_ROLES);
    const joinsLater = i >= 2 && rng.chance(0.25);
    return {
      externalId: `CON-${accountNumber}-${i + 1}`,
      email: `${local}@${domain}`,
      name: p.full,
      title: rng.pick(TITLES[role]),
      role,
      sinceMs: joinsLater ? Math.floor(rng.between(startMs, endMs) / 60_000) * 60_000 : startMs,
    };
  });
}
