import { createHash } from 'node:crypto';
import PostalMime from 'postal-mime';
import type { Email } from 'postal-mime';
import type { MailAttachment } from './mail-content.js';
import { MAIL_PARSER_OPTIONS, mailContent } from './mail-content.js';
import { isBlankBytes } from './is-blank-bytes.js';
import { cutLongTextBody } from './cut-long-text-body.js';
import { mailHeaderBlock } from './mail-header-block.js';
import { mailMessageIds } from './mail-message-ids.js';
import { mailOccurredAt } from './mail-occurred-at.js';
import type { MailParticipant } from './mail-participants.js';
import { mailParticipants } from './mail-participants.js';

export type { MailAttachment } from './mail-content.js';
export type { MailParticipant } from './mail-participants.js';

/** The keys of {@link MailValues}: the import's activity columns, snake_case. */
export const MAIL_COLUMNS = ['external_id', 'type', 'occurred_at', 'subject', 'body_text', 'participants', 'in_reply_to', 'reference_ids', 'attachments', 'known_at'] as const;

/** One email as an activity record, keyed like the import's activity columns (a type alias, so it is a `Record<string, unknown>`). */
export type MailValues = {
  readonly external_id: string;
  readonly type: 'email';
  readonly occurred_at: string;
  readonly subject?: string;
  readonly body_text?: string;
  readonly participants: readonly MailParticipant[];
  readonly in_reply_to?: string;
  readonly reference_ids?: readonly string[];
  readonly attachments?: readonly MailAttachment[];
  /** When the message was sent: a mailbox is a record of what arrived when, so history replays it then. */
  readonly known_at: string;
};

/** Where a message came from, for its date fallback and for naming it in messages. */
export interface MailContext {
  /** 1-based message number in an mbox; absent for a single .eml. */
  readonly index?: number;
  /** Line of its From_ line. */
  readonly line?: number;
  /** The mbox From_ line's date, the last fallback for a message without a date. */
  readonly fromLineDate?: string;
}

export type MailRejectCode = 'malformed_message' | 'missing_date';
export type MailParseResult = { readonly ok: true; readonly values: MailValues } | { readonly ok: false; readonly code: MailRejectCode; readonly message: string };

/** How a message is named in issues: by number and line in an mbox. */
export function messageLabel(context: MailContext): string {
  return context.index === undefined ? 'the message' : `message ${context.index} at line ${context.line ?? 0}`;
}

const QUOTE_CHARS = 80;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS)}…` : flat);
}

/** Stable across re-imports of the same message, so a message without Message-ID is still not imported twice. */
function contentId(occurredAt: string, participants: readonly MailParticipant[], subject: string | undefined, body: string | undefined): string {
  const from = participants.find((p) => p.role === 'from')?.email ?? '';
  const to = participants.filter((p) => p.role === 'to').map((p) => p.email).join(',');
  const digest = createHash('sha1').update([occurredAt, from, to, subject ?? '', body ?? ''].join('\u0000')).digest('base64url');
  return `msg-${digest.slice(0, 22)}`;
}

function missingDate(email: Email, label: string, context: MailContext): string {
  const header = email.headers.find((h) => h.key === 'date')?.value;
  const date = header === undefined ? 'no Date header' : `a Date header that is not a date (${quote(header)})`;
  return context.index === undefined ? `${label} has ${date} and no Received date` : `${label} has ${date}, no Received date and no From_ line date`;
}

function noSender(email: Email, label: string): string {
  const from = email.headers.find((h) => h.key === 'from')?.value;
  return from === undefined ? `${label} has no From header` : `${label} has no valid sender address in its From header (${quote(from)})`;
}

function values(email: Email, occurredAt: string, participants: readonly MailParticipant[], body: string | undefined, attachments: readonly MailAttachment[]): MailValues {
  const subject = email.subject?.trim() || undefined;
  const inReplyTo = mailMessageIds(email.inReplyTo)[0];
  const references = mailMessageIds(email.references);
  return {
    external_id: mailMessageIds(email.messageId)[0] ?? contentId(occurredAt, participants, subject, body),
    type: 'email',
    occurred_at: occurredAt,
    ...(subject === undefined ? {} : { subject }),
    ...(body === undefined ? {} : { body_text: body }),
    participants,
    ...(inReplyTo === undefined ? {} : { in_reply_to: inReplyTo }),
    ...(references.length === 0 ? {} : { reference_ids: references }),
    ...(attachments.length === 0 ? {} : { attachments }),
    known_at: occurredAt,
  };
}

/**
 * Parses one RFC 5322 message (bytes as stored: any charset, 7-bit, 8-bit, QP or base64)
 * into an activity record. Tolerant like the parser: whatever yields a sender and a date
 * is accepted. Attachment content is measured and dropped.
 *
 * @example
 * const r = await parseMailMessage(readFileSync('reply.eml'));
 * if (r.ok) console.log(r.values.occurred_at, r.values.subject); else console.log(r.code, r.message);
 */
export async function parseMailMessage(bytes: Uint8Array, context: MailContext = {}): Promise<MailParseResult> {
  const label = messageLabel(context);
  const malformed = (message: string): MailParseResult => ({ ok: false, code: 'malformed_message', message });
  if (isBlankBytes(bytes)) return malformed(`${label} is empty`);
  let email: Email;
  try {
    const header = mailHeaderBlock(bytes);
    email = await PostalMime.parse(cutLongTextBody(header.message, header.text), MAIL_PARSER_OPTIONS);
  } catch (error) {
    return malformed(`${label} could not be read as MIME: ${(error as Error).message}`);
  }
  if (!email.headers.some((h) => h.key !== '' && /^[\x21-\x39\x3b-\x7e]+$/.test(h.originalKey))) return malformed(`${label} has no headers`);
  const participants = mailParticipants(email);
  if (participants[0]?.role !== 'from') return malformed(noSender(email, label));
  const occurredAt = mailOccurredAt(email, context.fromLineDate);
  if (occurredAt === undefined) return { ok: false, code: 'missing_date', message: missingDate(email, label, context) };
  const content = await mailContent(email);
  return { ok: true, values: values(email, occurredAt, participants, content.text, content.attachments) };
}
