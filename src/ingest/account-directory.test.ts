import { describe, expect, it } from 'vitest';
import { ENTITY_KIND_SPECS } from '../domain/index.js';
import { AccountDirectory, type AccountRef } from './account-directory.js';

const acme: AccountRef = { id: 1, externalId: 'A-1', domains: ['acme.com'] };
const globex: AccountRef = { id: 2, externalId: 'A-2', domains: ['globex.com', 'shared.io'] };
const initech: AccountRef = { id: 3, externalId: 'A-3', domains: ['shared.io', 'gmail.com'] };
const directory = new AccountDirectory([acme, globex, initech]);

const tickets = ENTITY_KIND_SPECS.tickets;
const activities = ENTITY_KIND_SPECS.activities;
const people = (...emails: string[]) => emails.map((email) => ({ email, role: 'to' }));

describe('AccountDirectory', () => {
  it('matches by the account id a record names, before any email', () => {
    expect(directory.match(tickets, { accountExternalId: 'A-2', requesterEmail: 'pat@acme.com' })).toEqual({ ok: true, account: globex });
  });

  it('rejects an account id it does not know, even when the email would match', () => {
    expect(directory.match(tickets, { accountExternalId: 'A-404', requesterEmail: 'pat@acme.com' })).toMatchObject({ ok: false, code: 'unknown_account', field: 'accountExternalId' });
  });

  it('matches a record without an account id by its email domain', () => {
    expect(directory.match(tickets, { requesterEmail: 'pat@acme.com' })).toEqual({ ok: true, account: acme });
  });

  it('never matches free mail, even a free-mail domain an account lists', () => {
    expect(directory.match(tickets, { requesterEmail: 'pat@gmail.com' })).toEqual({
      ok: false,
      code: 'unknown_account',
      field: 'requesterEmail',
      message: 'no account id, and gmail.com is a free-mail domain that matches no account',
    });
  });

  it('matches no account by a domain two accounts share', () => {
    expect(directory.match(tickets, { requesterEmail: 'sam@shared.io' })).toMatchObject({ ok: false, message: 'no account id, and shared.io belongs to more than one account' });
  });

  it('asks for an account id when a record has neither id nor email', () => {
    expect(directory.match(tickets, {})).toMatchObject({ ok: false, code: 'missing_required', field: 'accountExternalId' });
  });

  it('matches an activity by the first participant whose domain names one account', () => {
    expect(directory.match(activities, { participants: people('me@bellwether.io', 'pat@acme.com') })).toEqual({ ok: true, account: acme });
  });

  it('looks past participants on free mail or a shared domain to one that names an account', () => {
    expect(directory.match(activities, { participants: people('kim@gmail.com', 'sam@shared.io', 'lee@globex.com') })).toEqual({ ok: true, account: globex });
  });

  it('explains an activity no participant matches by its first participant', () => {
    expect(directory.match(activities, { participants: people('me@bellwether.io', 'x@nowhere.org') })).toMatchObject({ ok: false, message: 'no account id, and no account has the domain bellwether.io' });
    expect(directory.match(activities, { participants: people('me@bellwether.io', 'sam@shared.io') })).toMatchObject({ ok: false, message: 'no account id, and shared.io belongs to more than one account' });
  });

  it('needs no account for kinds that have none', () => {
    expect(directory.match(ENTITY_KIND_SPECS.internal_users, { email: 'pat@acme.com' })).toEqual({ ok: true, account: undefined });
  });

  describe('with people (mail and meetings)', () => {
    const withPeople = new AccountDirectory([acme, globex, initech], {
      internalEmails: ['rep@bellwether.io'],
      internalDomains: ['bellwether.io'],
      contacts: [['kim@gmail.com', 3]],
      assignments: [['lee@partner.org', 2], ['reseller.net', 1]],
    });
    const sided = (...emails: string[]) => withPeople.people.withSides(emails.map((email, i) => ({ email, role: i === 0 ? ('from' as const) : ('to' as const) })));

    it('tells our side by internal user or domain, and everyone else is the customer', () => {
      expect(sided('rep@bellwether.io', 'other@bellwether.io', 'pat@acme.com').map((p) => p.side)).toEqual(['internal', 'internal', 'customer']);
    });

    it('matches a contact by address before any domain, even on free mail', () => {
      expect(withPeople.match(activities, { participants: sided('rep@bellwether.io', 'pat@acme.com', 'kim@gmail.com') })).toEqual({ ok: true, account: initech });
    });

    it('matches an address, then a whole domain, that a person assigned', () => {
      expect(withPeople.match(activities, { participants: sided('lee@partner.org', 'rep@bellwether.io') })).toEqual({ ok: true, account: globex });
      expect(withPeople.match(activities, { participants: sided('any@reseller.net') })).toEqual({ ok: true, account: acme });
    });

    it('never matches our own domain to an account that lists it', () => {
      const ours = new AccountDirectory([{ id: 9, externalId: 'A-9', domains: ['bellwether.io'] }], { internalEmails: [], internalDomains: ['bellwether.io'], contacts: [], assignments: [] });
      const match = ours.match(activities, { participants: ours.people.withSides([{ email: 'rep@bellwether.io', role: 'from' }]) });
      expect(match).toMatchObject({ ok: false, unmatched: { reason: 'internal_only', addresses: [] } });
    });

    it('sends mail no account matches to the review list with its customer addresses and why', () => {
      expect(withPeople.match(activities, { participants: sided('rep@bellwether.io', 'x@nowhere.org', 'y@gmail.com') })).toMatchObject({
        ok: false,
        code: 'unknown_account',
        unmatched: { reason: 'unknown_address', addresses: ['x@nowhere.org', 'y@gmail.com'] },
      });
      expect(withPeople.match(activities, { participants: sided('y@gmail.com', 'rep@bellwether.io') })).toMatchObject({ unmatched: { reason: 'free_mail_only' } });
      expect(withPeople.match(activities, { participants: sided('sam@shared.io') })).toMatchObject({ unmatched: { reason: 'ambiguous_domain', addresses: ['sam@shared.io'] } });
    });

    it('still rejects an account id it does not know instead of listing it for review', () => {
      const match = withPeople.match(activities, { accountExternalId: 'A-404', participants: sided('pat@acme.com') });
      expect(match).toMatchObject({ ok: false, code: 'unknown_account', field: 'accountExternalId' });
      expect(match).not.toHaveProperty('unmatched');
    });
  });
});
