import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAIL_COLUMNS } from './mail-message.js';
import type { MailValues } from './mail-message.js';
import { mboxReader } from './mbox-reader.js';
import type { ReadOptions, ReadResult } from './source-reader.js';

const CORPUS = '/work/shared/corpus/mail/';
const dir = mkdtempSync(join(tmpdir(), 'mbox-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `f${++fileCount}.mbox`);
  writeFileSync(path, content);
  return path;
}

async function readAll(path: string, options?: ReadOptions) {
  const opened = await mboxReader.open(path, options);
  const results: ReadResult[] = [];
  for await (const batch of opened.batches) results.push(...batch);
  const summary = results.map((r) => (r.ok ? r.record.line : `${r.issue.line} ${r.issue.code}`));
  const values = results.flatMap((r) => (r.ok ? [r.record.values as unknown as MailValues] : []));
  const issues = results.flatMap((r) => (r.ok ? [] : [r.issue]));
  return { opened, results, summary, values, issues };
}

const sjis = (...bytes: number[]) => Buffer.from(bytes);
/** 山田太郎 and こんにちは、日本語のテストです in Shift_JIS. */
const YAMADA = sjis(0x8e, 0x52, 0x93, 0x63, 0x91, 0xbe, 0x98, 0x59);
const KONNICHIWA = sjis(0x82, 0xb1, 0x82, 0xf1, 0x82, 0xc9, 0x82, 0xbf, 0x82, 0xcd, 0x81, 0x41, 0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x82, 0xc5, 0x82, 0xb7);
const PDF = Buffer.alloc(3000, 0x25);

/** Messages with their own charsets and structures, as one mailbox holds them. */
const MESSAGES: readonly (string | Buffer)[] = [
  [
    'From francois@example.fr Tue Mar  5 08:15:02 2024',
    'From: =?iso-8859-1?q?Fran=E7ois_Dupont?= <Francois@Example.FR>',
    'To: support@acme.com, "Undisclosed": ;',
    'Subject: =?ISO-8859-1?Q?R=E9union_d=E9cal=E9e?=',
    'Date: Tue, 5 Mar 2024 09:15:00 +0100',
    'Message-ID: <qp-1@example.fr>',
    'Content-Type: text/plain; charset=ISO-8859-1',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Bonjour, la r=E9union est d=E9cal=E9e =E0 jeudi. Tr=E8s cordialement, =',
    'Fran=E7ois',
    '>From now on, an escaped body line',
    '',
  ].join('\n'),
  Buffer.concat([
    Buffer.from('From taro@example.jp Wed Mar  6 01:00:00 2024\nFrom: '),
    YAMADA,
    Buffer.from(' <taro@example.jp>\nTo: support@acme.com\nSubject: =?shift_jis?B?' + KONNICHIWA.subarray(0, 10).toString('base64') + '?=\n'),
    Buffer.from('Date: Wed, 6 Mar 2024 10:00:00 +0900\nMessage-ID: <sjis-1@example.jp>\nContent-Type: text/plain; charset=Shift_JIS\nContent-Transfer-Encoding: 8bit\n\n'),
    KONNICHIWA,
    Buffer.from('\n\n'),
  ]),
  [
    'From news@acme.com Thu Mar  7 12:00:00 2024',
    'From: Acme News <news@acme.com>',
    'To: customer@example.com',
    'Subject: Your monthly report',
    'Date: Thu, 7 Mar 2024 12:00:00 +0000',
    'Message-ID: <html-1@acme.com>',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<html><head><style>p { color: red }</style></head><body><p>Hello <b>team</b>,</p>',
    '<p>See <a href="https://acme.com/report/42">the report</a>.</p><img src="https://acme.com/logo.png" alt="Acme logo"></body></html>',
    '',
  ].join('\n'),
  [
    'From billing@acme.com Fri Mar  8 09:00:00 2024',
    'From: Billing <billing@acme.com>',
    'To: customer@example.com',
    'Bcc: audit@acme.com',
    'Subject: Invoice',
    'Date: Fri, 8 Mar 2024 09:00:00 +0000',
    'Content-Type: multipart/mixed; boundary="mix"',
    '',
    '--mix',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Invoice attached.',
    '--mix',
    'Content-Type: application/pdf; name="invoice.pdf"',
    'Content-Disposition: attachment; filename="invoice.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    PDF.toString('base64').replace(/.{76}/g, '$&\n'),
    '--mix--',
    '',
  ].join('\n'),
  [
    'From pat@example.com Sat Mar  9 10:00:00 2024',
    'From: Pat <pat@example.com>',
    'To: support@acme.com',
    'Subject: Broken boundary',
    'Date: Sat, 9 Mar 2024 10:00:00 +0000',
    'Content-Type: multipart/alternative; boundary="good"',
    '',
    '--good',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'The first part survives.',
    '--goo',
    'this line follows a mistyped boundary and has no closing one',
    '',
  ].join('\n'),
  [
    'From lee@example.com Sun Mar 10 11:30:00 2024',
    'From: Lee <lee@example.com>',
    'To: support@acme.com',
    'Subject: No date header',
    '',
    'Sent without a Date header.',
    '',
  ].join('\n'),
  [
    'From MAILER-DAEMON',
    'From: Robot <robot@example.com>',
    'To: support@acme.com',
    'Subject: No date anywhere',
    '',
    'Nothing says when.',
    '',
  ].join('\n'),
];

const MAILBOX = Buffer.concat(MESSAGES.map((m) => (typeof m === 'string' ? Buffer.from(m) : m)).flatMap((m) => [m, Buffer.from('\n')]));

describe('mboxReader', () => {
  it('reads the ponymail archive: four messages of one thread, in file order', async () => {
    const { opened, summary, values } = await readAll(join(CORPUS, 'ponymail-users_ponymail_apache_org_2019-09.mbox'));
    expect(opened).toMatchObject({ columns: MAIL_COLUMNS, encoding: 'mime' });
    expect(summary).toEqual([1, 40, 145, 286]);
    expect(values[0]).toMatchObject({
      external_id: 'pony-6325d6d623a50cc446377d03c9037d94199f6401-34570154c86727e239c2ca4ec0f25c6ead487d71@users.ponymail.apache.org',
      subject: 'How do I search the Apache-wide announce mailing list?',
      occurred_at: '2019-09-20T12:27:54.000Z',
      participants: [{ email: 'ggregory@apache.org', name: 'Gary D. Gregory', role: 'from' }, { email: 'users@ponymail.apache.org', role: 'to' }],
    });
    // Its In-Reply-To and References headers are present but empty.
    expect(values[0]).not.toHaveProperty('in_reply_to');
    expect(values[0]).not.toHaveProperty('reference_ids');
    expect(values[3]).toMatchObject({
      external_id: 'CAD6Vret1pqADy+Fsr2RAWUY_8GPxUosi5vaL0xe5+j5-k5L_ZA@mail.gmail.com',
      subject: 'Re: How do I search the Apache-wide announce mailing list?',
      occurred_at: '2019-09-20T17:49:21.000Z',
      in_reply_to: 'CACZkXPzGoWKnKFEkXoJ6DbWcPvWfELzs9cyESmNFZyDdzKqxpQ@mail.gmail.com',
      reference_ids: [values[0]?.external_id, values[1]?.external_id, values[2]?.external_id],
    });
    expect(values[2]?.in_reply_to).toBe(values[1]?.external_id);
    expect(values[3]?.body_text).toMatch(/^Yes, you select 'apache.org' in the domains list/);
  });

  it('decodes each message in its own charset and structure', async () => {
    const { summary, values } = await readAll(file(MAILBOX));
    expect(summary).toEqual([1, 14, 26, 37, 109, 123, '130 missing_date']);
    const [qp, shiftJis, html, attachment, broken, fromLineDated] = values;
    expect(qp).toMatchObject({
      external_id: 'qp-1@example.fr',
      subject: 'Réunion décalée',
      occurred_at: '2024-03-05T08:15:00.000Z',
      body_text: 'Bonjour, la réunion est décalée à jeudi. Très cordialement, François\nFrom now on, an escaped body line',
      participants: [{ email: 'francois@example.fr', name: 'François Dupont', role: 'from' }, { email: 'support@acme.com', role: 'to' }],
    });
    expect(shiftJis).toMatchObject({
      subject: 'こんにちは',
      body_text: 'こんにちは、日本語のテストです',
      participants: [{ email: 'taro@example.jp', name: '山田太郎', role: 'from' }, { email: 'support@acme.com', role: 'to' }],
    });
    expect(html?.body_text).toBe('Hello team,\n\nSee the report.');
    expect(attachment).toMatchObject({
      body_text: 'Invoice attached.',
      attachments: [{ name: 'invoice.pdf', size: 3000, contentType: 'application/pdf' }],
      participants: [{ email: 'billing@acme.com', role: 'from' }, { email: 'customer@example.com', role: 'to' }, { email: 'audit@acme.com', role: 'cc' }],
    });
    expect(JSON.stringify(attachment)).not.toContain(PDF.toString('base64').slice(0, 40));
    expect(broken).toMatchObject({ subject: 'Broken boundary' });
    expect(broken?.body_text).toContain('The first part survives.');
    expect(fromLineDated).toMatchObject({ subject: 'No date header', occurred_at: '2024-03-10T11:30:00.000Z' });
  });

  it('rejects a message with no date anywhere, naming its number and line, and keeps its header block as raw', async () => {
    const { issues } = await readAll(file(MAILBOX));
    expect(issues).toEqual([
      {
        file: expect.any(String),
        line: 130,
        code: 'missing_date',
        message: 'message 7 at line 130 has no Date header, no Received date and no From_ line date',
        raw: 'From: Robot <robot@example.com>\nTo: support@acme.com\nSubject: No date anywhere',
      },
    ]);
  });

  it('reads CRLF mailboxes the same', async () => {
    const lf = await readAll(file(MAILBOX));
    const crlf = await readAll(file(Buffer.from(MAILBOX.toString('latin1').replace(/\n/g, '\r\n'), 'latin1')));
    expect(crlf.summary).toEqual(lf.summary);
    expect(crlf.values.map((v) => [v.external_id, v.subject, v.body_text?.replace(/\r/g, '')])).toEqual(lf.values.map((v) => [v.external_id, v.subject, v.body_text]));
  });

  it('gives the same external ids when the same mailbox is read again, hashing messages without a Message-ID', async () => {
    const path = file(MAILBOX);
    const ids = async () => (await readAll(path)).values.map((v) => v.external_id);
    const first = await ids();
    expect(first.filter((id) => id.startsWith('msg-'))).toHaveLength(3);
    for (const id of first.filter((id) => id.startsWith('msg-'))) expect(id).toMatch(/^msg-[A-Za-z0-9_-]{22}$/);
    expect(new Set(first).size).toBe(first.length);
    expect(await ids()).toEqual(first);
  });

  it('reports a truncated last message with its number and line and imports the others', async () => {
    const cut = Buffer.concat([MAILBOX.subarray(0, MAILBOX.indexOf('From pat@example.com')), Buffer.from('From pat@example.com Sat Mar  9 10:00:00 2024\nFrom: Pat <pat@example.com>\nSubject: cut\n\nhalf a sen')]);
    const { summary, issues } = await readAll(file(cut));
    expect(summary).toEqual([1, 14, 26, 37, '109 truncated_message']);
    expect(issues[0]).toMatchObject({
      message: 'message 5 at line 109 is cut off: the file ends in the middle of it, so it was not imported (was the file cut short?)',
      raw: 'From: Pat <pat@example.com>\nSubject: cut',
    });
  });

  it('rejects a 50 MB message as too large (the splitter skips it unbuffered, see its test) and imports the messages after it', async () => {
    const path = join(dir, 'large.mbox');
    const fd = openSync(path, 'w');
    writeSync(fd, MESSAGES[0] as string);
    writeSync(fd, '\nFrom big@example.com Mon Mar 11 00:00:00 2024\nFrom: Big <big@example.com>\nSubject: huge\nDate: Mon, 11 Mar 2024 00:00:00 +0000\n\n');
    const line = Buffer.alloc(1024 * 1024, 'A');
    line[line.length - 1] = 0x0a;
    for (let i = 0; i < 50; i++) writeSync(fd, line);
    writeSync(fd, '\n');
    writeSync(fd, MESSAGES[2] as string);
    closeSync(fd);
    const { summary, issues, values } = await readAll(path);
    expect(summary).toEqual([1, '14 message_too_large', 14 + 5 + 50 + 1]);
    expect(issues[0]).toMatchObject({
      message: 'message 2 at line 14 is 50.0 MB, above the 25 MB limit',
      raw: 'From: Big <big@example.com>\nSubject: huge\nDate: Mon, 11 Mar 2024 00:00:00 +0000',
    });
    expect(values.map((v) => v.subject)).toEqual(['Réunion décalée', 'Your monthly report']);
  });

  it('uses maxMessageBytes from the options', async () => {
    const { summary, issues } = await readAll(file(MAILBOX), { maxMessageBytes: 1000 });
    expect(summary).toEqual([1, 14, 26, '37 message_too_large', 109, 123, '130 missing_date']);
    expect(issues[0]?.message).toMatch(/^message 4 at line 37 is \d\.\d KB, above the 1000 bytes limit$/);
  });

  it('reports an empty file', async () => {
    const { summary, issues } = await readAll(file(''));
    expect(summary).toEqual(['0 empty_file']);
    expect(issues[0]?.message).toBe('the file is empty: it has no messages');
  });

  it('batches results in file order', async () => {
    const { opened } = await readAll(file(MAILBOX));
    const sizes: number[] = [];
    for await (const batch of (await mboxReader.open(file(MAILBOX), { batchSize: 3 })).batches) sizes.push(batch.length);
    expect(sizes).toEqual([3, 3, 1]);
    expect(opened.columns).toEqual(['external_id', 'type', 'occurred_at', 'subject', 'body_text', 'participants', 'in_reply_to', 'reference_ids', 'attachments', 'known_at']);
  });
});
