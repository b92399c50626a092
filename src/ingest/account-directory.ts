import type { EntityKindSpec, Participant, RowIssueCode } from '../domain/index.js';
import { FREE_MAIL_DOMAINS } from './free-mail-domains.js';
import { domainOf, NO_PEOPLE, PeopleDirectory, unmatchedReason, type PeopleRefs, type UnmatchedReason } from './people-directory.js';

export interface AccountRef {
  readonly id: number;
  readonly externalId: string;
  readonly domains: readonly string[];
}

/** An activity no account could be found for: it goes to the review list, not to quarantine. */
export interface UnmatchedActivity {
  readonly reason: UnmatchedReason;
  /** The customer-side addresses that a person could assign to an account. */
  readonly addresses: readonly string[];
}

export type AccountMatch =
  | { readonly ok: true; readonly account: AccountRef | undefined }
  | { readonly ok: false; readonly code: RowIssueCode; readonly field: string; readonly message: string; readonly unmatched?: UnmatchedActivity };

/** Everything matching needs, as plain data (sent to the prepare worker). */
export interface MatchingRefs {
  readonly accounts: readonly AccountRef[];
  /** People, for activities: given when the kind's records name participants. */
  readonly people?: PeopleRefs;
}

const AMBIGUOUS: AccountRef = { id: -1, externalId: '', domains: [] };

/**
 * Finds the account a record belongs to: by the account id it names, else by the email
 * domain of the person it names. Free-mail domains never match; a domain shared by two
 * accounts is ambiguous and matches neither.
 */
export class AccountDirectory {
  private readonly byExternalId = new Map<string, AccountRef>();
  private readonly byId = new Map<number, AccountRef>();
  private readonly byDomain = new Map<string, AccountRef>();
  /** Who is on which side, and which addresses people assigned to accounts. */
  readonly people: PeopleDirectory;
  private readonly hasPeople: boolean;

  constructor(accounts: Iterable<AccountRef>, people?: PeopleRefs) {
    for (const a of accounts) {
      this.byExternalId.set(a.externalId, a);
      this.byId.set(a.id, a);
      for (const d of a.domains) this.byDomain.set(d, this.byDomain.has(d) ? AMBIGUOUS : a);
    }
    this.people = new PeopleDirectory(people ?? NO_PEOPLE);
    this.hasPeople = people !== undefined;
  }

  get size(): number {
    return this.byExternalId.size;
  }

  /** The person who identifies the account: the first at a domain of exactly one account, free mail never. */
  private firstMatchingEmail(participants: ReadonlyArray<{ email?: string }>): string | undefined {
    const emails = participants.map((p) => p.email).filter((e): e is string => typeof e === 'string');
    const matches = (e: string) => {
      const domain = domainOf(e);
      const account = this.byDomain.get(domain);
      return account !== undefined && account !== AMBIGUOUS && !FREE_MAIL_DOMAINS.has(domain);
    };
    return emails.find(matches) ?? emails.find((e) => this.byDomain.has(domainOf(e))) ?? emails[0];
  }

  /**
   * The account of an activity whose participants carry their side: the first customer
   * participant (the sender or organizer first) whose address is a contact's or assigned,
   * else whose domain names exactly one account. No match goes to the review list.
   */
  private matchParticipants(participants: readonly Participant[]): AccountMatch {
    if (participants.length === 0) return { ok: false, code: 'missing_required', field: 'accountExternalId', message: 'no account id given, and no participants to match an account by' };
    const customers = participants.filter((p) => p.side !== 'internal').map((p) => p.email);
    for (const email of customers) {
      const id = this.people.accountOfAddress(email);
      const account = id === undefined ? undefined : this.byId.get(id);
      if (account) return { ok: true, account };
    }
    for (const email of customers) {
      const domain = domainOf(email);
      const account = FREE_MAIL_DOMAINS.has(domain) ? undefined : this.byDomain.get(domain);
      if (account && account !== AMBIGUOUS) return { ok: true, account };
    }
    const ambiguous = new Set(customers.map(domainOf).filter((d) => this.byDomain.get(d) === AMBIGUOUS));
    const { reason, message } = unmatchedReason(customers, ambiguous);
    return { ok: false, code: 'unknown_account', field: 'participants', message: `no account found: ${message}`, unmatched: { reason, addresses: [...new Set(customers)] } };
  }

  match(spec: EntityKindSpec, record: Readonly<Record<string, unknown>>): AccountMatch {
    if (spec.accountRef === 'none') return { ok: true, account: undefined };
    const externalId = record.accountExternalId as string | undefined;
    if (externalId !== undefined) {
      const account = this.byExternalId.get(externalId);
      if (account) return { ok: true, account };
      return { ok: false, code: 'unknown_account', field: 'accountExternalId', message: `account "${externalId}" is not known (import accounts first, or fix the id)` };
    }
    if (this.hasPeople && spec.emailForMatching === 'participants') return this.matchParticipants((record.participants ?? []) as Participant[]);
    const named = spec.emailForMatching ? record[spec.emailForMatching] : undefined;
    // Activities name people in a participants list: the first one at an account's domain decides.
    const email = Array.isArray(named) ? this.firstMatchingEmail(named as Array<{ email?: string }>) : (named as string | undefined);
    if (spec.accountRef === 'optional' && email) {
      const domain = domainOf(email);
      if (FREE_MAIL_DOMAINS.has(domain)) {
        return { ok: false, code: 'unknown_account', field: spec.emailForMatching ?? 'email', message: `no account id, and ${domain} is a free-mail domain that matches no account` };
      }
      const account = this.byDomain.get(domain);
      if (account === AMBIGUOUS) return { ok: false, code: 'unknown_account', field: spec.emailForMatching ?? 'email', message: `no account id, and ${domain} belongs to more than one account` };
      if (account) return { ok: true, account };
      return { ok: false, code: 'unknown_account', field: spec.emailForMatching ?? 'email', message: `no account id, and no account has the domain ${domain}` };
    }
    return { ok: false, code: 'missing_required', field: 'accountExternalId', message: 'no account id given (and no email to match an account by)' };
  }
}
