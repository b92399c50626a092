import { compile } from 'html-to-text';
import PostalMime from 'postal-mime';
import type { Address, Email, PostalMimeOptions } from 'postal-mime';
import { mailHeaderBlock } from './mail-header-block.js';
import { parseMailDate } from './mail-date.js';

export interface MailAttachment {
  readonly name?: string;
  /** Bytes of the decoded content. */
  readonly size: number;
  readonly contentType: string;
}

export interface MailContent {
  readonly text?: string;
  readonly attachments: readonly MailAttachment[];
}

/**
 * Every message/rfc822 part stays an attachment so that mailContent renders forwarded
 * messages itself: postal-mime's own rendering formats their dates with the machine's
 * locale and time zone, which would make body text (and hash ids) differ between hosts.
 */
export const MAIL_PARSER_OPTIONS: PostalMimeOptions = { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' };

/**
 * Text kept of one message: far beyond what anyone writes (about 50 pages), so only machine
 * output (a pasted log, a data dump) is cut. A message may be 25 MB; reading, storing and
 * analysing all of its text would need several times that in memory, on the import's
 * thread, for no better engagement signal.
 */
export const MAX_BODY_CHARS = 200_000;
/** HTML converted when a message has no text part: enough markup for the text above. */
const MAX_HTML_CHARS = 4 * MAX_BODY_CHARS;

const htmlToText = compile({
  wordwrap: false,
  limits: { maxInputLength: MAX_HTML_CHARS },
  selectors: [
    { selector: 'img', format: 'skip' },
    { selector: 'a', options: { ignoreHref: true } },
  ],
});

const MESSAGE_TYPES = new Set(['message/rfc822', 'message/news', 'message/global']);
/** Forwarded inside forwarded: deeper levels stay attachments. */
const MAX_FORWARD_DEPTH = 3;

function addressList(addresses: readonly Address[] | undefined): string {
  return (addresses ?? [])
    .flatMap((a) => (a.group === undefined ? [a] : a.group))
    .map((a) => (a.name ? `${a.name} <${a.address}>` : a.address))
    .join(', ');
}

function forwardedHeader(email: Email): string {
  const date = email.headers.find((h) => h.key === 'date')?.value;
  const rows = [
    ['From', addressList(email.from === undefined ? [] : [email.from])],
    ['Date', date === undefined ? '' : (parseMailDate(date) ?? date)],
    ['Subject', email.subject?.trim() ?? ''],
    ['To', addressList(email.to)],
    ['Cc', addressList(email.cc)],
  ].filter(([, value]) => value !== '');
  return ['---------- Forwarded message ----------', ...rows.map(([key, value]) => `${key}: ${value}`)].join('\n');
}

/** A delivery or feedback report carries the original as evidence, not as content. */
function isReport(email: Email): boolean {
  return /^\s*multipart\/report\b/i.test(email.headers.find((h) => h.key === 'content-type')?.value ?? '');
}

/**
 * The body text of a parsed message and its attachments (name, size, type; never the
 * content). Prefers text/plain; an HTML-only message is converted to text. A forwarded
 * message (a message/rfc822 or message/news part) adds its headers and text after the
 * forwarding text. Inline images the HTML shows are part of the body, not attachments.
 *
 * @example (await mailContent(await PostalMime.parse(bytes, MAIL_PARSER_OPTIONS))).text
 */
export async function mailContent(email: Email, depth = 0): Promise<MailContent> {
  const own = (email.text ?? (email.html === undefined ? '' : htmlToText(email.html.slice(0, MAX_HTML_CHARS)))).slice(0, MAX_BODY_CHARS);
  const texts = own.trim() === '' ? [] : [own.trim()];
  const attachments: MailAttachment[] = [];
  const inlineForwards = depth < MAX_FORWARD_DEPTH && !isReport(email);
  for (const part of email.attachments) {
    if (part.related) continue;
    const content = typeof part.content === 'string' ? Buffer.from(part.content) : new Uint8Array(part.content);
    const forwarded = inlineForwards && MESSAGE_TYPES.has(part.mimeType) ? await parseForwarded(content) : undefined;
    if (forwarded !== undefined) {
      const inner = await mailContent(forwarded, depth + 1);
      texts.push(inner.text === undefined ? forwardedHeader(forwarded) : `${forwardedHeader(forwarded)}\n\n${inner.text}`);
      attachments.push(...inner.attachments);
      if (part.disposition !== 'attachment') continue;
    }
    const name = part.filename?.trim();
    attachments.push(name ? { name, size: content.byteLength, contentType: part.mimeType } : { size: content.byteLength, contentType: part.mimeType });
  }
  return texts.length === 0 ? { attachments } : { text: texts.join('\n\n').slice(0, MAX_BODY_CHARS), attachments };
}

async function parseForwarded(content: Uint8Array): Promise<Email | undefined> {
  try {
    return await PostalMime.parse(mailHeaderBlock(content).message, MAIL_PARSER_OPTIONS);
  } catch {
    return undefined;
  }
}
