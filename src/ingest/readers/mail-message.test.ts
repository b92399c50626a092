import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MailParseResult, MailValues } from './mail-message.js';
import { MAX_BODY_CHARS } from './mail-content.js';
import { parseMailMessage } from './mail-message.js';

const CORPUS = '/work/shared/corpus/mail/';
const MBOX_CONTEXT = { index: 3, line: 40, fromLineDate: '2024-01-02T03:04:05.000Z' };

function message(...lines: string[]): Buffer {
  return Buffer.from(lines.join('\r\n'));
}

function valuesOf(result: MailParseResult): MailValues {
  if (!result.ok) throw new Error(`rejected: ${result.code} ${result.message}`);
  return result.values;
}

const HEADERS = ['From: Ann <ann@customer.com>', 'To: support@acme.com', 'Subject: Hello', 'Date: Mon, 4 Mar 2024 10:00:00 +0000'];

describe('parseMailMessage', () => {
  it('decodes raw 8-bit GB2312 headers in the charset the message declares', async () => {
    const values = valuesOf(await parseMailMessage(readFileSync(join(CORPUS, 'flanker-charset-gb2312.eml')), MBOX_CONTEXT));
    expect(values).toMatchObject({
      subject: '提示：您的企业成员暂时无法登录邮件客户端',
      occurred_at: MBOX_CONTEXT.fromLineDate,
      participants: [{ email: '10000@qq.com', name: '腾讯企业邮箱', role: 'from' }],
    });
    expect(values.body_text).toMatch(/^尊敬的管理员：\n\n系统检测到邮箱账号jianxin@jianxinapp\.com频繁地登录失败/);
    expect(values.body_text).not.toContain('<');
  });

  it('reads the GB18030 fixture as GB18030, though upstream already replaced most of its text with U+FFFD', async () => {
    const values = valuesOf(await parseMailMessage(readFileSync(join(CORPUS, 'flanker-charset-gb18030.eml')), MBOX_CONTEXT));
    // EF BF BD (U+FFFD in UTF-8) read as GB18030 is the well-known "锟斤拷".
    expect(values.body_text).toContain('突锟斤拷2G');
    expect(values.participants).toEqual([
      { email: '10000@qq.com', name: expect.stringContaining('\ufffd'), role: 'from' },
      { email: 'heatherm@jianxinapp.com', role: 'to' },
    ]);
  });

  it('reads the undated fixtures when an mbox From_ line gives the date', async () => {
    const read = async (name: string) => valuesOf(await parseMailMessage(readFileSync(join(CORPUS, name)), MBOX_CONTEXT));
    expect(await read('flanker-missing-final-boundary.eml')).toMatchObject({ subject: 'Test', body_text: 'Some body', occurred_at: MBOX_CONTEXT.fromLineDate });
    const signed = await read('flanker-signed.eml');
    expect(signed).toMatchObject({ subject: 'M2Crypto S/MIME testing', attachments: [{ size: 27, contentType: 'application/plain' }, { name: 'smime.p7s', size: 1725, contentType: 'application/x-pkcs7-signature' }] });
    expect(signed).not.toHaveProperty('body_text');
    expect((await read('talon-reply-outlook.eml')).body_text).toMatch(/^Hello\n\nFrom: xxx@xxx\.mailgun\.org \[mailto:xxx@xxx\.mailgun\.org\]\nSent: March-09-12 4:22 PM/);
  });

  it('falls back to the newest Received date, then rejects a message with no date at all', async () => {
    const received = message('Received: from b by c; Tue, 5 Mar 2024 09:00:01 +0100', 'Received: from a by b; Tue, 5 Mar 2024 08:00:00 +0000', 'From: ann@customer.com', '', 'hi');
    expect(valuesOf(await parseMailMessage(received, MBOX_CONTEXT)).occurred_at).toBe('2024-03-05T08:00:01.000Z');
    expect(await parseMailMessage(message('From: ann@customer.com', 'Date: next Tuesday', '', 'hi'), { index: 3, line: 40 })).toEqual({
      ok: false,
      code: 'missing_date',
      message: 'message 3 at line 40 has a Date header that is not a date ("next Tuesday"), no Received date and no From_ line date',
    });
    expect(await parseMailMessage(message('From: ann@customer.com', '', 'hi'))).toEqual({ ok: false, code: 'missing_date', message: 'the message has no Date header and no Received date' });
  });

  it('lists From, To, Cc and Bcc once each, lower-cased, without groups, empty groups or invalid addresses', async () => {
    const values = valuesOf(
      await parseMailMessage(
        message(
          'From: "Ann Lee" <Ann@Customer.COM>',
          'To: undisclosed-recipients:;, Team: Bo <bo@acme.com>, cy@acme.com;, not-an-address, ann@customer.com',
          'Cc: "Bo again" <BO@acme.com>, dee@acme',
          'Bcc: eve@acme.com',
          'Subject: Hello',
          'Date: Mon, 4 Mar 2024 10:00:00 +0000',
          '',
          'hi',
        ),
      ),
    );
    expect(values.participants).toEqual([
      { email: 'ann@customer.com', name: 'Ann Lee', role: 'from' },
      { email: 'bo@acme.com', name: 'Bo', role: 'to' },
      { email: 'cy@acme.com', role: 'to' },
      { email: 'eve@acme.com', role: 'cc' },
    ]);
  });

  it('rejects a message without a usable sender or without headers as malformed, naming it', async () => {
    expect(await parseMailMessage(message('To: support@acme.com', 'Date: Mon, 4 Mar 2024 10:00:00 +0000', '', 'hi'), MBOX_CONTEXT)).toEqual({ ok: false, code: 'malformed_message', message: 'message 3 at line 40 has no From header' });
    expect(await parseMailMessage(message('From: Support Team', 'Date: Mon, 4 Mar 2024 10:00:00 +0000', '', 'hi'), MBOX_CONTEXT)).toEqual({
      ok: false,
      code: 'malformed_message',
      message: 'message 3 at line 40 has no valid sender address in its From header ("Support Team")',
    });
    expect(await parseMailMessage(Buffer.alloc(0), MBOX_CONTEXT)).toEqual({ ok: false, code: 'malformed_message', message: 'message 3 at line 40 is empty' });
    expect(await parseMailMessage(Buffer.from('\n\njust a body\n'), MBOX_CONTEXT)).toEqual({ ok: false, code: 'malformed_message', message: 'message 3 at line 40 has no headers' });
  });

  it('takes ids without brackets: Message-ID, the first In-Reply-To, References in order', async () => {
    const values = valuesOf(
      await parseMailMessage(message(...HEADERS, 'Message-ID:   <abc@customer.com> ', 'In-Reply-To: <p2@acme.com> (Bo\'s message) <p1@acme.com>', 'References: <p1@acme.com>', ' <p2@acme.com>', '', 'hi')),
    );
    expect(values).toMatchObject({ external_id: 'abc@customer.com', in_reply_to: 'p2@acme.com', reference_ids: ['p1@acme.com', 'p2@acme.com'] });
  });

  it('derives a content hash id when there is no Message-ID, the same for the same message only', async () => {
    const id = async (body: string) => valuesOf(await parseMailMessage(message(...HEADERS, '', body))).external_id;
    const first = await id('hi');
    expect(first).toMatch(/^msg-[A-Za-z0-9_-]{22}$/);
    expect(await id('hi')).toBe(first);
    expect(await id('hi there')).not.toBe(first);
  });

  it('adds a message forwarded as an attachment to the body and lists it, without its content', async () => {
    const forwarded = ['From: Bo <bo@acme.com>', 'To: ann@customer.com', 'Subject: Quote', 'Date: Fri, 1 Mar 2024 08:00:00 -0500', '', 'The quote is 12k.'].join('\r\n');
    const values = valuesOf(
      await parseMailMessage(
        message(...HEADERS, 'Content-Type: multipart/mixed; boundary=b', '', '--b', 'Content-Type: text/plain', '', 'See below.', '--b', 'Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="quote.eml"', '', forwarded, '--b--', ''),
      ),
    );
    expect(values.body_text).toBe('See below.\n\n---------- Forwarded message ----------\nFrom: Bo <bo@acme.com>\nDate: 2024-03-01T13:00:00.000Z\nSubject: Quote\nTo: ann@customer.com\n\nThe quote is 12k.');
    // Non-base64 parts are measured as decoded: lines joined with LF.
    expect(values.attachments).toEqual([{ name: 'quote.eml', size: Buffer.byteLength(`${forwarded.replace(/\r\n/g, '\n')}\n`), contentType: 'message/rfc822' }]);
  });

  it('leaves out inline images the HTML shows, keeping real attachments', async () => {
    const png = Buffer.alloc(600, 1).toString('base64');
    const values = valuesOf(
      await parseMailMessage(
        message(
          ...HEADERS,
          'Content-Type: multipart/mixed; boundary=m',
          '',
          '--m',
          'Content-Type: multipart/related; boundary=r',
          '',
          '--r',
          'Content-Type: text/html; charset=utf-8',
          '',
          '<p>Logo: <img src="cid:logo@x"></p>',
          '--r',
          'Content-Type: image/png',
          'Content-ID: <logo@x>',
          'Content-Transfer-Encoding: base64',
          '',
          png,
          '--r--',
          '--m',
          'Content-Type: text/csv; name="usage.csv"',
          'Content-Disposition: attachment; filename="usage.csv"',
          '',
          'day,logins',
          '--m--',
          '',
        ),
      ),
    );
    expect(values.body_text).toBe('Logo:');
    expect(values.attachments).toEqual([{ name: 'usage.csv', size: 'day,logins\n'.length, contentType: 'text/csv' }]);
  });

  it('keeps at most MAX_BODY_CHARS of text, from a text part or an HTML-only message, and knows the message from its date', async () => {
    const line = 'The renewal numbers look fine and we will talk next week about it.';
    const text = valuesOf(await parseMailMessage(message(...HEADERS, '', ...Array.from({ length: 10_000 }, () => line))));
    expect(text.body_text?.length).toBe(MAX_BODY_CHARS);
    expect(text.body_text?.startsWith(line)).toBe(true);
    expect(text.known_at).toBe('2024-03-04T10:00:00.000Z');
    const html = valuesOf(await parseMailMessage(message(...HEADERS, 'Content-Type: text/html', '', ...Array.from({ length: 20_000 }, (_, i) => `<p>${i} ${line}</p>`))));
    // Cut, then trimmed of the space the cut may end in.
    expect(html.body_text?.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(html.body_text?.length).toBeGreaterThan(MAX_BODY_CHARS - 10);
    expect(html.body_text).toMatch(/^0 The renewal numbers/);
    expect(html.body_text).not.toContain('<p>');
  });

  it('reads only the first MB of a long single-part text message, and a long multipart one whole', async () => {
    const line = 'Log line: the nightly sync finished with 0 errors and 12,000 records.';
    const lines = Array.from({ length: 50_000 }, (_, i) => `${i} ${line}`);
    const text = valuesOf(await parseMailMessage(message(...HEADERS, 'Content-Type: text/plain; charset=utf-8', '', ...lines)));
    expect(text.body_text?.length).toBe(MAX_BODY_CHARS);
    expect(text.body_text?.startsWith(`0 ${line}`)).toBe(true);
    // A cut at a line end: the last line kept is whole.
    expect(text.body_text?.split(/\r?\n/).slice(0, -1).every((l, i) => l === `${i} ${line}`)).toBe(true);
    const pdf = Buffer.alloc(3 * 1024 * 1024, 1);
    const mixed = message(
      ...HEADERS,
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'The export is attached.',
      '--b',
      'Content-Type: application/pdf; name="export.pdf"',
      'Content-Disposition: attachment; filename="export.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      ...(pdf.toString('base64').match(/.{1,76}/g) ?? []),
      '--b--',
    );
    const values = valuesOf(await parseMailMessage(mixed));
    expect(values.body_text).toBe('The export is attached.');
    expect(values.attachments).toEqual([{ name: 'export.pdf', size: pdf.length, contentType: 'application/pdf' }]);
  });
});
