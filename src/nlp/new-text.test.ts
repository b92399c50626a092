import { readFileSync } from 'node:fs';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { composeEmail, signature } from '../demo/email-body.js';
import { newTextOf } from './new-text.js';

const MAIL = '/work/shared/corpus/mail';

/**
 * The text/plain part of a real .eml file. `format=flowed` is dropped from the headers first:
 * postal-mime unfolds a flowed quoted line into the unquoted line after it (RFC 3676 ends a
 * paragraph where the quote depth changes), which glues Thunderbird's "> Hi " to the "Hello"
 * written below it.
 */
async function plainTextOf(file: string): Promise<string> {
  const raw = readFileSync(`${MAIL}/${file}`, 'latin1').replace(/;\s*format="?flowed"?/i, '');
  const parsed = await PostalMime.parse(Buffer.from(raw, 'latin1'));
  return parsed.text ?? '';
}

describe('newTextOf on real replies (talon fixtures)', () => {
  // Each client quotes its own way; the new text of every one is "Hello".
  const cases: ReadonlyArray<readonly [file: string, quoting: string]> = [
    ['talon-reply-android.eml', 'Russian attribution wrapped over two lines, > quote'],
    ['talon-reply-aol.eml', '-----Original Message----- and an unprefixed copy'],
    ['talon-reply-apple_mail.eml', 'On … wrote: and > quote'],
    ['talon-reply-apple_mail_2.eml', 'the attribution itself quoted with >'],
    ['talon-reply-comcast.eml', '----- Original Message ----- (Zimbra)'],
    ['talon-reply-gmail.eml', 'On … <address> wrote:'],
    ['talon-reply-hotmail.eml', '> Subject/From/To/Date header block'],
    ['talon-reply-iphone.eml', '"Sent from my iPhone" and an attribution soft-wrapped by quoted-printable'],
    ['talon-reply-outlook.eml', 'Outlook From: [mailto:] / Sent: block, no prefix'],
    ['talon-reply-sparrow.eml', '"-- " signature, nested quotes'],
    ['talon-reply-thunderbird.eml', 'bottom-posted: the quote comes first, the new text after it'],
    ['talon-reply-yahoo.eml', '----- Original Message ----- with an empty Cc:'],
  ];
  for (const [file, quoting] of cases) {
    it(`${file}: ${quoting}`, async () => {
      expect(newTextOf(await plainTextOf(file))).toBe('Hello');
    });
  }
});

describe('newTextOf on the demo generator’s mail', () => {
  const first = composeEmail('Dana', 'Do you have 30 minutes next week to review the rollout?', signature('Sam Rep', 'Account Executive', 'Bellwether'));
  const quoted = { atMs: Date.parse('2025-06-02T10:00:00Z'), fromName: 'Sam Rep', fromEmail: 'sam@bellwether.io', text: first };

  it('keeps the greeting and the message, drops the "Best," signature block', () => {
    expect(newTextOf(first)).toBe('Hi Dana,\n\nDo you have 30 minutes next week to review the rollout?');
  });

  it('drops the quoted message of a reply', () => {
    const reply = composeEmail('Sam', 'Tuesday works, thanks.', signature('Dana Lee', 'VP Operations', 'Acme'), quoted);
    expect(newTextOf(reply)).toBe('Hi Sam,\n\nTuesday works, thanks.');
  });
});

describe('newTextOf on what real mail also does', () => {
  it('keeps inline answers between quoted lines', () => {
    const body = 'On Mon, 2 Jun 2025 at 10:00, Sam <sam@us.com> wrote:\n> Does Tuesday work?\nYes.\n> And who joins?\nDana and Lee.\n';
    expect(newTextOf(body)).toBe('Yes.\nDana and Lee.');
  });

  it('drops an attribution Gmail wrapped before "wrote:"', () => {
    expect(newTextOf('Agreed.\n\nOn Mon, Jun 2, 2025 at 10:00 AM Sam Rep <sam@us.com>\nwrote:\n\n> Shall we?\n')).toBe('Agreed.');
  });

  it('cuts at an Outlook header block, plain or with Gmail’s bold labels', () => {
    expect(newTextOf('Attached.\n\n*From:* Sam <sam@us.com>\n*Sent:* Monday, June 2, 2025 10:00\n*To:* Dana\n\nOld text')).toBe('Attached.');
    expect(newTextOf('Attached.\n________________________________\nFrom: Sam\nSent: Monday\nOld text')).toBe('Attached.');
  });

  it('cuts at a forwarded message', () => {
    expect(newTextOf('FYI\n\n---------- Forwarded message ---------\nFrom: Lee <lee@acme.com>\nDate: Mon\n\nOld')).toBe('FYI');
    expect(newTextOf('FYI\n\nBegin forwarded message:\n\nFrom: Lee')).toBe('FYI');
  });

  it('drops sign-offs with the name on the same line or below, and "-- " signatures', () => {
    expect(newTextOf('The export failed again.\n\nThanks, Dana\n')).toBe('The export failed again.');
    expect(newTextOf('The export failed again.\n\nKind regards,\nDana Lee\nHead of IT | Acme Corp\n+1 555 0100\n')).toBe('The export failed again.');
    expect(newTextOf('The export failed again.\n-- \nDana Lee\nAcme Corp')).toBe('The export failed again.');
  });

  it('keeps a thank-you that is the whole message, and thanks that are a sentence', () => {
    expect(newTextOf('Hi Sam,\n\nThanks!')).toBe('Hi Sam,\n\nThanks!');
    expect(newTextOf('Works now.\n\nThanks for the quick fix')).toBe('Works now.\n\nThanks for the quick fix');
  });

  it('keeps a colon line before a quote when it is no attribution', () => {
    expect(newTextOf('My answers are below:\n> Does it sync?\nYes, hourly.')).toBe('My answers are below:\nYes, hourly.');
  });

  it('is empty for a body that is only a quote', () => {
    expect(newTextOf('> just the old text')).toBe('');
    expect(newTextOf('')).toBe('');
  });
});

describe('newTextOf on large bodies', () => {
  it('keeps long lines whole and stays fast on a line built to make quote patterns backtrack', () => {
    const long = 'word '.repeat(400).trim();
    expect(newTextOf(`${long}\n\nBest,\nDana`)).toBe(long);
    const started = performance.now();
    expect(newTextOf('On '.repeat(10_000)).length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(250);
  });
});
