import { type DemoEmail, type Mailbox, messageId } from './demo-email.js';
import { htmlBody } from './html-body.js';
import { rfc5322Date } from './mail-date.js';
import { base64Lines, encodeBytes, encodedWords, headerPhrase, type MailCharset, quotedPrintable } from './mime-encoding.js';
import type { MailAttachment } from './pdf-attachment.js';

/** How one message is written: the shape its sender's mail client gave it, and any fault planted on purpose. */
export interface MailForm {
  readonly charset: MailCharset;
  /** `8bit` falls back to `7bit` for ASCII text. */
  readonly textEncoding: 'quoted-printable' | '8bit';
  /** A text part only, text and HTML alternatives, or (older marketing-style clients) HTML only. */
  readonly html: 'none' | 'alternative' | 'only';
  readonly htmlEncoding: 'quoted-printable' | 'base64';
  /** Encoded-word flavour for non-ASCII names and subjects. */
  readonly wordEncoding: 'Q' | 'B';
  readonly attachment?: MailAttachment;
  readonly omitDate?: boolean;
  readonly omitFrom?: boolean;
  /** The message ends inside its last part, without the closing boundary (a cut-off export). */
  readonly truncated?: boolean;
}

const FOLD_AT = 78;

/** `Name: a, b, c` (or `a b c`), folded before an item that would pass 78 characters. */
function header(name: string, items: readonly string[], comma: boolean): string {
  const out: string[] = [];
  let line = `${name}:`;
  items.forEach((item, i) => {
    const piece = comma && i < items.length - 1 ? `${item},` : item;
    if (i > 0 && line.length + 1 + piece.length > FOLD_AT) {
      out.push(line);
      line = '';
    }
    line += ` ${piece}`;
  });
  out.push(line);
  return out.join('\n');
}

function address(m: Mailbox, form: MailForm): string {
  return `${headerPhrase(m.name, form.charset, form.wordEncoding)} <${m.email}>`;
}

function textPart(text: string, form: MailForm, subtype: 'plain' | 'html'): string {
  const ascii = /^\p{ASCII}*$/u.test(text);
  const encoding = subtype === 'html' ? form.htmlEncoding : form.textEncoding === '8bit' && ascii ? '7bit' : form.textEncoding;
  const charset = form.charset === 'utf-8' ? 'utf-8' : `"${form.charset}"`;
  const body = encoding === 'quoted-printable' ? quotedPrintable(text, form.charset) : encoding === 'base64' ? base64Lines(encodeBytes(text, form.charset)) : text;
  return `Content-Type: text/${subtype}; charset=${charset}\nContent-Transfer-Encoding: ${encoding}\n\n${body}`;
}

function attachmentPart(a: MailAttachment): string {
  return `Content-Type: ${a.contentType}; name="${a.filename}"\nContent-Disposition: attachment; filename="${a.filename}"\nContent-Transfer-Encoding: base64\n\n${base64Lines(a.bytes)}`;
}

function multipart(subtype: 'alternative' | 'mixed', boundary: string, parts: readonly string[]): string {
  const body = parts.map((p) => `--${boundary}\n${p}\n`).join('');
  return `Content-Type: multipart/${subtype}; boundary="${boundary}"\n\nThis is a multi-part message in MIME format.\n\n${body}--${boundary}--`;
}

/** The message's content: its MIME headers and body, from the text part up to any attachment. */
function content(email: DemoEmail, form: MailForm): string {
  const id = email.externalId;
  const html = (): string => textPart(htmlBody(email.bodyText, form.charset), form, 'html');
  if (form.html === 'only') return html();
  const text = textPart(email.bodyText, form, 'plain');
  if (form.truncated) {
    // A cut-off export: it stops part-way through the HTML part, with no closing tag and no final boundary.
    const whole = multipart('alternative', `----=_Part_${id}_alt`, [text, html()]);
    const htmlStart = whole.lastIndexOf('Content-Type: text/html');
    return whole.slice(0, htmlStart + Math.floor((whole.length - htmlStart) / 2));
  }
  const main = form.html === 'alternative' ? multipart('alternative', `----=_Part_${id}_alt`, [text, html()]) : text;
  return form.attachment ? multipart('mixed', `----=_Part_${id}_mix`, [main, attachmentPart(form.attachment)]) : main;
}

/**
 * One email as an RFC 5322 / MIME message with `\n` line ends, as an mbox file stores it:
 * Message-ID from the activity id, Date in the sender's offset, threading headers, then
 * text/plain, multipart/alternative with HTML, or multipart/mixed with an attachment.
 */
export function mimeMessage(email: DemoEmail, form: MailForm): string {
  const refs = email.references.map(messageId);
  const parent = refs[refs.length - 1];
  const subject = /^[\x20-\x7e]*$/.test(email.subject) ? email.subject : encodedWords(email.subject, form.charset, form.wordEncoding);
  const lines = [
    `Message-ID: ${messageId(email.externalId)}`,
    ...(form.omitDate ? [] : [`Date: ${rfc5322Date(email.sentAt, email.zone)}`]),
    ...(form.omitFrom ? [] : [`From: ${address(email.from, form)}`]),
    header('To', email.to.map((m) => address(m, form)), true),
    ...(email.cc.length > 0 ? [header('Cc', email.cc.map((m) => address(m, form)), true)] : []),
    `Subject: ${subject}`,
    ...(parent ? [`In-Reply-To: ${parent}`, header('References', refs, false)] : []),
    'MIME-Version: 1.0',
    content(email, form),
  ];
  return lines.join('\n');
}
