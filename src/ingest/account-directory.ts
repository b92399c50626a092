import type { EntityKindSpec, RowIssueCode } from '../domain/index.js';
import { FREE_MAIL_DOMAINS } from './free-mail-domains.js';

export interface AccountRef {
  readonly id: number;
  readonly externalId: string;
  readonly domains: readonly string[];
}

export type AccountMatch =
  | { readonly ok: true; readonly account: AccountRef | undefined }
  | { readonly ok: false; readonly code: RowIssueCode; readonly field: string; readonly message: string };

const AMBIGUOUS: AccountRef = { id: -1, externalId: '', domains: [] };

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/**
 * Finds the account a record belongs to: by the account id it names, else by the email
 * domain of the person it names. Free-mail domains never match; a domain shared by two
 * accounts is ambiguous and matches neither.
 */
export class AccountDirectory {
  private readonly byExternalId = new Map<string, AccountRef>();
  private readonly byDomain = new Map<string, AccountRef>();

  constructor(accounts: Iterable<AccountRef>) {
    for (const a of accounts) {
      this.byExternalId.set(a.externalId, a);
      for (const d of a.domains) this.byDomain.set(d, this.byDomain.has(d) ? AMBIGUOUS : a);
    }
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

  match(spec: EntityKindSpec, record: Readonly<Record<string, unknown>>): AccountMatch {
    if (spec.accountRef === 'none') return { ok: true, account: undefined };
    const externalId = record.accountExternalId as string | undefined;
    if (externalId !== undefined) {
      const account = this.byExternalId.get(externalId);
      if (account) return { ok: true, account };
      return { ok: false, code: 'unknown_account', field: 'accountExternalId', message: `account "${externalId}" is not known (import accounts first, or fix the id)` };
    }
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
