import type { ActivityDirection, Participant } from '../domain/index.js';
import { FREE_MAIL_DOMAINS } from './free-mail-domains.js';

/**
 * What the import knows about people, to tell our side from the customer's and to find the
 * account a message or meeting belongs to. Plain data, so it can be sent to a worker thread.
 */
export interface PeopleRefs {
  /** Our people's addresses (the internal users), lower-cased. */
  readonly internalEmails: readonly string[];
  /** Our email domains: everyone at them is one of us. */
  readonly internalDomains: readonly string[];
  /** Customer contacts: address → our account id. */
  readonly contacts: ReadonlyArray<readonly [email: string, accountId: number]>;
  /** Addresses or domains a person assigned to an account from the review list. */
  readonly assignments: ReadonlyArray<readonly [address: string, accountId: number]>;
}

export const NO_PEOPLE: PeopleRefs = { internalEmails: [], internalDomains: [], contacts: [], assignments: [] };

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/** The sender's roles first: who wrote or organized it decides the direction. */
const AUTHOR_ROLES: ReadonlySet<Participant['role']> = new Set(['from', 'organizer']);

/** Looks people up by address: which side they are on, and which account a customer's address names. */
export class PeopleDirectory {
  private readonly internalEmails: ReadonlySet<string>;
  private readonly internalDomains: ReadonlySet<string>;
  private readonly contacts: ReadonlyMap<string, number>;
  private readonly assignments: ReadonlyMap<string, number>;

  constructor(refs: PeopleRefs) {
    this.internalEmails = new Set(refs.internalEmails);
    this.internalDomains = new Set(refs.internalDomains);
    this.contacts = new Map(refs.contacts);
    this.assignments = new Map(refs.assignments);
  }

  sideOf(email: string): 'internal' | 'customer' {
    return this.internalEmails.has(email) || this.internalDomains.has(domainOf(email)) ? 'internal' : 'customer';
  }

  /** The account an address names by itself: a contact's, else one assigned to the address, else to its domain. */
  accountOfAddress(email: string): number | undefined {
    return this.contacts.get(email) ?? this.assignments.get(email) ?? this.assignments.get(domainOf(email));
  }

  /** Whether the address is a known customer contact's. */
  isContact(email: string): boolean {
    return this.contacts.has(email);
  }

  /** Participants with their side: what the source said, else ours by address or domain, else the customer's. */
  withSides(participants: readonly Participant[]): Participant[] {
    return participants.map((p) => (p.side ? p : { ...p, side: this.sideOf(p.email) }));
  }
}

/**
 * From our side: the customer wrote or organized it (inbound), we did (outbound), or nobody
 * from the customer takes part (internal). Undefined when there is nobody to tell by.
 */
export function directionOf(participants: readonly Participant[]): ActivityDirection | undefined {
  if (participants.length === 0) return undefined;
  if (!participants.some((p) => p.side === 'customer')) return 'internal';
  const author = participants.find((p) => AUTHOR_ROLES.has(p.role)) ?? participants[0];
  return author?.side === 'customer' ? 'inbound' : 'outbound';
}

/** Why no account could be found for an activity, in a person's words. */
export function unmatchedReason(customers: readonly string[], ambiguous: ReadonlySet<string>): { reason: UnmatchedReason; message: string } {
  if (customers.length === 0) return { reason: 'internal_only', message: 'only our own people take part; no customer address to match an account by' };
  const free = customers.filter((e) => FREE_MAIL_DOMAINS.has(domainOf(e)));
  const shared = customers.filter((e) => ambiguous.has(domainOf(e)));
  const list = customers.slice(0, 5).join(', ') + (customers.length > 5 ? ` and ${customers.length - 5} more` : '');
  if (free.length === customers.length) return { reason: 'free_mail_only', message: `only free-mail addresses (${list}), which never name an account by domain` };
  if (shared.length > 0 && free.length + shared.length === customers.length) return { reason: 'ambiguous_domain', message: `${list}: the domain belongs to more than one account` };
  return { reason: 'unknown_address', message: `no contact, assignment or account domain matches ${list}` };
}

export const UNMATCHED_REASONS = ['internal_only', 'free_mail_only', 'ambiguous_domain', 'unknown_address'] as const;
export type UnmatchedReason = (typeof UNMATCHED_REASONS)[number];
