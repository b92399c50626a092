import { personName } from './names.js';
import { Random } from './random.js';
import { OFFICE_ZONES, type TimeZone } from './time-zones.js';
import { type Region, REGIONS } from './word-banks.js';

export const STAFF_DOMAIN = 'bellwether-demo.com';
/** One rep per this many accounts, and one manager per this many reps. */
const ACCOUNTS_PER_REP = 40;
const REPS_PER_MANAGER = 8;

export interface StaffMember {
  readonly email: string;
  readonly name: string;
  readonly title: string;
  readonly role: 'csm' | 'manager' | 'support' | 'executive';
  readonly team: string;
  readonly managerEmail?: string;
  /** The office's zone: the Date of this person's mail and the TZID of the meetings they organize. */
  readonly timeZone: TimeZone;
}

export interface Staff {
  readonly members: readonly StaffMember[];
  readonly reps: readonly StaffMember[];
}

/** Our own people: an executive, managers, CSMs (the account owners) and support agents. */
export function buildStaff(accounts: number, seed: number): Staff {
  const rng = Random.from(seed, 'staff');
  const used = new Set<string>();
  const person = (): { name: string; email: string } => {
    const p = personName(rng);
    let local = p.local;
    for (let n = 2; used.has(local); n++) local = `${p.local}${n}`;
    used.add(local);
    return { name: p.full, email: `${local}@${STAFF_DOMAIN}` };
  };

  const vp = { ...person(), title: 'VP Customer Success', role: 'executive' as const, team: 'Leadership', timeZone: OFFICE_ZONES.NA };
  const repCount = Math.max(1, Math.ceil(accounts / ACCOUNTS_PER_REP));
  const managers = Array.from({ length: Math.max(1, Math.ceil(repCount / REPS_PER_MANAGER)) }, (_, i) => {
    const region: Region = REGIONS[i % REGIONS.length] ?? 'NA';
    return { ...person(), title: 'Customer Success Manager Lead', role: 'manager' as const, team: `CS ${region}`, managerEmail: vp.email, timeZone: OFFICE_ZONES[region] };
  });
  const reps = Array.from({ length: repCount }, (_, i) => {
    const manager = managers[Math.floor(i / REPS_PER_MANAGER)] ?? vp;
    const title = rng.chance(0.3) ? 'Senior Customer Success Manager' : 'Customer Success Manager';
    return { ...person(), title, role: 'csm' as const, team: manager.team, managerEmail: manager.email, timeZone: manager.timeZone };
  });
  const support = Array.from({ length: Math.max(2, Math.ceil(accounts / 400)) }, () => ({
    ...person(),
    title: 'Support Engineer',
    role: 'support' as const,
    team: 'Support',
    managerEmail: vp.email,
    timeZone: OFFICE_ZONES.NA,
  }));
  return { members: [vp, ...managers, ...reps, ...support], reps };
}

