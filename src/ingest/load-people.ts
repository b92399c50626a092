import type { Kysely } from 'kysely';
import { PeopleRepository, type Database } from '../store/index.js';
import { FREE_MAIL_DOMAINS } from './free-mail-domains.js';
import { domainOf, type PeopleRefs } from './people-directory.js';

/**
 * Who is who for matching an import's mail and meetings: the internal users, our domains
 * (those given plus the internal users' own, free mail never), contacts and assignments.
 */
export async function loadPeople(db: Kysely<Database>, internalDomains: readonly string[]): Promise<PeopleRefs> {
  const stored = await PeopleRepository.load(db);
  const domains = new Set(internalDomains.map((d) => d.trim().toLowerCase()).filter((d) => d.length > 0));
  for (const email of stored.internalEmails) {
    const domain = domainOf(email);
    if (!FREE_MAIL_DOMAINS.has(domain)) domains.add(domain);
  }
  return { internalEmails: stored.internalEmails, internalDomains: [...domains], contacts: stored.contacts, assignments: stored.assignments };
}
