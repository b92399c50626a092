import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emlReader } from './eml-reader.js';
import type { MailValues } from './mail-message.js';
import { MAIL_COLUMNS } from './mail-message.js';
import type { ReadOptions, ReadResult } from './source-reader.js';

const CORPUS = '/work/shared/corpus/mail/';
const dir = mkdtempSync(join(tmpdir(), 'eml-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `f${++fileCount}.eml`);
  writeFileSync(path, content);
  return path;
}

async function readOne(path: string, options?: ReadOptions): Promise<ReadResult> {
  const opened = await emlReader.open(path, options);
  const results: ReadResult[] = [];
  for await (const batch of opened.batches) results.push(...batch);
  expect(results).toHaveLength(1);
  return results[0] as ReadResult;
}

interface Accepted {
  readonly subject: string;
  readonly from: string;
  readonly occurredAt: string;
  /** Text the body must contain. */
  readonly body?: string;
  readonly more?: Partial<Record<keyof MailValues, unknown>>;
}
type Expected = Accepted | { readonly reject: 'missing_date' | 'malformed_message' };

/** What each third-party fixture yields (see shared/corpus/SOURCES.md for what it covers). */
const CORPUS_EML: Readonly<Record<string, Expected>> = {
  'flanker-8bitmime.eml': { subject: '2 RCPT MIME', from: 'bob@example.com', occurredAt: '2010-06-02T03:06:27.000Z', body: 'Превел\n\n123' },
  'flanker-apache-message-news-mime.eml': {
    subject: '[Fwd: Netscape Enterprise vs. Apache Secure]', from: 'hartill@lanl.gov', occurredAt: '1996-07-01T21:55:20.000Z',
    body: 'Sameer... someone for you to pester...   :-)\n\n---------- Forwarded message ----------\nFrom: Richard Mangi <mangi@moondog.pvi>\nDate: 1996-07-01T17:00:16.000Z\nSubject: Netscape Enterprise vs. Apache Secure\n\nI am currently evaluating secure web servers',
  },
  'flanker-bilingual-simple.eml': { subject: 'Simple text. How are you? Как ты поживаешь?', from: 'hello@example.com', occurredAt: '2010-02-07T22:02:38.000Z', body: 'This line is in English\nА эта линия по-русски.' },
  'flanker-bounce-mailbox-full.eml': {
    subject: 'Undelivered Mail Returned to Sender', from: 'mailer-daemon@aol.com', occurredAt: '2011-07-29T08:08:56.000Z', body: 'Your e-mail is being returned to you because there was a problem with its\ndelivery.',
    more: { attachments: [{ size: 620, contentType: 'message/delivery-status' }, { size: 1998, contentType: 'text/rfc822-headers' }] },
  },
  'flanker-bounce-office365.eml': {
    subject: 'Undeliverable: test_bounce 8', from: 'postmaster@example.no', occurredAt: '2017-10-13T11:10:16.000Z', body: "Your message to noname@example.com couldn't be delivered.",
    more: { in_reply_to: '20171013111011.20866.254C2F3A4D7AA526@ninomail.com', attachments: [{ size: 405, contentType: 'message/delivery-status' }, { size: 5607, contentType: 'message/rfc822' }] },
  },
  'flanker-charset-gb18030.eml': { reject: 'missing_date' },
  'flanker-charset-gb2312.eml': { reject: 'missing_date' },
  'flanker-complaint-aol-arf.eml': { subject: 'Email Feedback Report for IP 173.193.210.34', from: 'scomp@aol.net', occurredAt: '2010-11-17T20:02:19.000Z', body: 'This is an email abuse report for an email message with the message-id of 20101117174130.28884.55421@luna' },
  'flanker-disposition-notification.eml': { subject: 'Disposition notification', from: 'joe_recipient@example.com', occurredAt: '1995-09-20T04:19:00.000Z', body: 'with subject "First draft of\nreport" has been displayed.' },
  'flanker-enclosed.eml': {
    subject: 'Wow', from: 'bob@example.net', occurredAt: '2012-06-30T13:05:55.000Z',
    body: 'Hello\n\n---------- Forwarded message ----------\nFrom: Kirk Douglas <dan@example.com>\nDate: 2011-04-22T18:21:06.000Z\nSubject: Thanks!\nTo: Bob Marley <bob@example.net>, Jimmy Hendrix <jimmy@examplehq.com>\n\ndudes... you\'re kicking ass.\nчтобы я без вас делал, дорогие мои!!!',
    more: { participants: [{ email: 'bob@example.net', name: 'Bob Marley', role: 'from' }, { email: 'bob@example.com', name: 'Александр Клижентас☯', role: 'to' }] },
  },
  'flanker-from-encoding.eml': {
    subject: 'Re: running server as root (Was: Re: PUT method)', from: 'ingo@blank.pages.de', occurredAt: '1997-07-12T20:11:13.000Z', body: 'Marc Slemko wrote:\n> If you have a real uid of root',
    more: { participants: [{ email: 'ingo@blank.pages.de', name: 'Ingo Lütkebohle', role: 'from' }, { email: 'new-httpd@apache.org', role: 'to' }], reference_ids: ['Pine.BSF.3.95q.970712135859.28530B-100000@valis.worldgate.com'] },
  },
  'flanker-iphone.eml': { subject: 'Subject', from: 'someone@somewhere.com', occurredAt: '2011-06-17T20:24:10.000Z', body: 'Hello', more: { attachments: [{ name: 'photo.JPG', size: 9023, contentType: 'image/jpeg' }] } },
  'flanker-long-links.eml': { subject: 'Please enjoy this mega long link', from: 'postmaster@example.com', occurredAt: '2013-07-05T18:25:38.000Z', body: 'Very long link\n\nTHis is very long url' },
  'flanker-mailgun-pic.eml': { subject: 'Mailgun rocks!', from: 'hello@example.com', occurredAt: '2012-07-06T08:34:44.000Z', body: 'Мейлган! Хахах!', more: { attachments: [{ name: 'mailgun.png', size: 60168, contentType: 'image/png' }] } },
  'flanker-missing-final-boundary.eml': { reject: 'missing_date' },
  'flanker-multi-received-headers.eml': {
    subject: 'Fwd: Please forward this email to me', from: 'hello@example.com', occurredAt: '2011-02-09T08:55:37.000Z', body: '---------- Forwarded message ----------\nFrom: Bob <example@example.com>\nDate: Wed, Feb 9, 2011 at 11:54 AM\nSubject: Please forward this email to me\nTo: Hello <hello@example.com>\n\n\nForward please',
    more: { in_reply_to: 'AANLkTinUdYK2NpEiYCKGnCEp_OXKqst_bWNdBVHsfDVh@mail.gmail.com', reference_ids: ['AANLkTi=1ANR2FzeeQ-vK3-_ty0gUrOsAxMRYkob6CL-c@mail.gmail.com', 'AANLkTinUdYK2NpEiYCKGnCEp_OXKqst_bWNdBVHsfDVh@mail.gmail.com'] },
  },
  // Attachment only; its file name was already mangled to U+FFFD upstream.
  'flanker-outlook-express.eml': { subject: 'Sup?', from: 'bob@example.com', occurredAt: '2015-07-14T04:19:08.000Z', more: { attachments: [{ name: expect.stringMatching(/^\ufffd.*\.txt$/), size: 35, contentType: 'application/octet-stream' }] } },
  'flanker-quoted-printable.eml': { subject: 'This message contains very long links in html', from: 'bob@example.com', occurredAt: '2013-07-05T17:47:34.000Z', body: 'Hello Bob,\n\nPlease note that this email contains extremely long links:\n\nhttp://translate.google.com/translate?sl=de&tl=en&u=http%3A%2F%2Fwww.horizont.at' },
  'flanker-relative.eml': { subject: 'Html and text message', from: 'example@example.com', occurredAt: '2012-07-25T14:28:05.000Z', body: 'This is html and text message, thanks\n\n-- \nRegards,\nBob' },
  'flanker-signed.eml': { reject: 'missing_date' },
  'flanker-text-only.eml': { subject: 'Testing message parsing', from: 'bob@marley.com', occurredAt: '2011-12-29T10:06:53.000Z', body: "Hello,\nI'm just testing message parsing\n\nBR,\nBob" },
  'flanker-torture-part.eml': {
    subject: 'Multi-media mail demonstration', from: 'mrc@cac.washington.edu', occurredAt: '1993-02-06T10:53:47.000Z',
    body: 'new multi-part message standard.\n\n---------- Forwarded message ----------\nFrom: Nathaniel Borenstein <nsb@thumper.bellcore.com>\nDate: 1991-12-24T13:14:27.000Z\nSubject: Re: a MIME-Version misfeature',
  },
  'talon-reply-android.eml': { subject: 'Re: Test', from: 'bob@example.com', occurredAt: '2012-04-02T14:22:10.000Z', body: 'Hello\n02.04.2012 14:20 пользователь "bob@xxx.mailgun.org" <\nbob@xxx.mailgun.org> написал:' },
  'talon-reply-aol.eml': { subject: 'Re: Test', from: 'xxx@aol.com', occurredAt: '2012-04-02T13:57:58.000Z', body: 'Hello\n\n\n\n-----Original Message-----\nFrom: bob <bob@example.com>' },
  'talon-reply-apple_mail.eml': { subject: 'Re: Test', from: 'xxx@gmail.com', occurredAt: '2012-04-03T12:55:26.000Z', body: 'Hello\n\nOn Apr 3, 2012, at 4:19 PM, bob wrote:\n\n> Hi' },
  'talon-reply-apple_mail_2.eml': { subject: 'Re: Hello there', from: 'adam@tictail.com', occurredAt: '2015-08-22T17:22:20.000Z', body: 'Hello\n> On 22 Aug 2015, at 19:21, Adam Renberg <tgwizard@gmail.com> wrote:', more: { in_reply_to: 'CABzQGhkMXDxUt_tSVQcg=43aniUhtsVfCZVzu-PG0kwS_uzqMw@mail.gmail.com' } },
  'talon-reply-comcast.eml': { subject: 'Re: Test', from: 'xxx@comcast.net', occurredAt: '2012-04-02T13:56:12.000Z', body: 'Hello \n\n----- Original Message -----\nFrom: bob@xxx.mailgun.org' },
  'talon-reply-gmail.eml': { subject: 'Re: Test', from: 'xxx@gmail.com', occurredAt: '2012-04-02T16:21:52.000Z', body: 'Hello\n\nOn Mon, Apr 2, 2012 at 6:26 PM, Megan One <xxx@gmail.com> wrote:\n\n> Hi' },
  'talon-reply-hotmail.eml': { subject: 'RE: Test', from: 'xxx@hotmail.com', occurredAt: '2012-04-02T13:47:37.000Z', body: 'Hello\n\n> Subject: Test\n> From: bob@xxx.mailgun.org' },
  'talon-reply-iphone.eml': { subject: 'Re: Test', from: 'xxx@gmail.com', occurredAt: '2012-04-03T12:23:59.000Z', body: 'Hello\n\nSent from my iPhone' },
  'talon-reply-outlook.eml': { reject: 'missing_date' },
  'talon-reply-sparrow.eml': { subject: 'Re: Test', from: 'xxx@gmail.com', occurredAt: '2012-04-03T12:58:35.000Z', body: 'Hello \n\n-- \nxxx\nSent with Sparrow' },
  'talon-reply-thunderbird.eml': { subject: 'Re: Test', from: 'bob@xxx.mailgun.org', occurredAt: '2012-04-02T14:27:08.000Z', body: 'On 04/02/2012 06:26 PM, Megan One wrote:\n> Hi Hello' },
  'talon-reply-yahoo.eml': { subject: 'Re: Test', from: 'xxx@yahoo.com', occurredAt: '2012-04-02T13:45:30.000Z', body: 'Hello\n\n\n----- Original Message -----', more: { in_reply_to: '1333374262.7063.15.camel@mg5' } },
};

describe('emlReader on the corpus', () => {
  it('has an expectation for every .eml file in the corpus', () => {
    expect(readdirSync(CORPUS).filter((f) => f.endsWith('.eml')).sort()).toEqual(Object.keys(CORPUS_EML).sort());
  });

  for (const [name, expected] of Object.entries(CORPUS_EML)) {
    it(`${name}: ${'reject' in expected ? expected.reject : expected.subject}`, async () => {
      const result = await readOne(join(CORPUS, name));
      if ('reject' in expected) {
        expect(result).toMatchObject({ ok: false, issue: { line: 1, code: expected.reject } });
        return;
      }
      if (!result.ok) throw new Error(`${name} was rejected: ${result.issue.message}`);
      const values = result.record.values as unknown as MailValues;
      expect(result.record.line).toBe(1);
      expect(values).toMatchObject({ type: 'email', subject: expected.subject, occurred_at: expected.occurredAt, participants: expect.arrayContaining([expect.objectContaining({ email: expected.from, role: 'from' })]) });
      if (expected.body === undefined) expect(values).not.toHaveProperty('body_text');
      else expect(values.body_text).toContain(expected.body);
      if (expected.more) expect(values).toMatchObject(expected.more);
    });
  }

  it('names why a message without any date is rejected', async () => {
    expect(await readOne(join(CORPUS, 'talon-reply-outlook.eml'))).toMatchObject({
      ok: false,
      issue: { line: 1, code: 'missing_date', message: 'the message has no Date header and no Received date', raw: 'Subject: Test\nFrom: me@example.com\nTo: you@example.com\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=0016364c440b2e8b63049acd5370\nX-Mailgun-Tag: tag\nX-Mailgun-Mailing-List-Id: 1q' },
    });
  });

  it('keeps only the header block as raw, never the body', async () => {
    const result = await readOne(join(CORPUS, 'flanker-mailgun-pic.eml'));
    const raw = result.ok ? result.record.raw : '';
    // The fixture starts with a line of spaces and ends its lines with CRLF, kept as they are.
    expect(raw).toMatch(/^ +\nMIME-Version: 1\.0\r\n[\s\S]*\r\nSubject: Mailgun rocks!\r\n[\s\S]*\r\nContent-Type: multipart\/mixed; boundary=001636b2b7bde1d3a904c425228d$/);
    expect(raw).not.toContain('Мейлган');
  });
});

describe('emlReader', () => {
  it('opens with the activity columns and the mime encoding', async () => {
    const opened = await emlReader.open(join(CORPUS, 'flanker-text-only.eml'));
    expect(opened.columns).toEqual(MAIL_COLUMNS);
    expect(opened.encoding).toBe('mime');
  });

  it('reports an empty file', async () => {
    expect(await readOne(file(''))).toMatchObject({ ok: false, issue: { line: 0, code: 'empty_file', message: 'the file is empty: it has no message' } });
  });

  it('rejects a file above maxMessageBytes without parsing it', async () => {
    const path = file(readFileSync(join(CORPUS, 'flanker-mailgun-pic.eml')));
    expect(await readOne(path, { maxMessageBytes: 64 * 1024 })).toMatchObject({
      ok: false,
      issue: { line: 1, code: 'message_too_large', message: 'the message is 81.8 KB, above the 64 KB limit', raw: expect.stringContaining('Subject: Mailgun rocks!') },
    });
  });

  it('takes the date of a leading mbox From_ line when the message has none', async () => {
    const result = await readOne(file('From lee@example.com Sun Mar 10 11:30:00 2024\nFrom: Lee <lee@example.com>\nSubject: saved from a mailbox\n\nhi\n'));
    expect(result).toMatchObject({ ok: true, record: { line: 1, values: { subject: 'saved from a mailbox', occurred_at: '2024-03-10T11:30:00.000Z', body_text: 'hi' }, raw: 'From: Lee <lee@example.com>\nSubject: saved from a mailbox' } });
  });

  it('rejects a file that is not a message as malformed', async () => {
    expect(await readOne(file('just some text\nwith no headers at all\n'))).toMatchObject({ ok: false, issue: { code: 'malformed_message', message: 'the message has no headers' } });
  });
});
