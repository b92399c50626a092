import EmailReplyParser from 'email-reply-parser';

/**
 * Only the start of a body is parsed: new text comes first in nearly all mail, and
 * email-reply-parser runs ~30 regexes (some with lazy `[\s\S]+?`) over the whole text, which
 * grows worse than linearly on megabyte bodies without its optional RE2 engine.
 */
const MAX_PARSED_CHARS = 32_000;

/**
 * Lines longer than this are neither quote headers nor signatures; they reach
 * email-reply-parser as placeholders, as its `On\s.+\s.+` header pattern is quadratic in a
 * line's length (0.7 s on one 32,000-character line starting "On ").
 */
const MAX_HEADER_LINE_CHARS = 1_000;
const PLACEHOLDER = /\uE000(\d+)\uE000/g;

const QUOTED = /^\s*>/;
const BLANK = /^\s*$/;
/** Separators of an unprefixed copy of the previous or a forwarded message (Outlook, AOL, Yahoo, Gmail…). */
const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(original message|forwarded message|message d'origine|ursprüngliche nachricht|weitergeleitete nachricht|mensaje original|mensaje reenviado|messaggio originale|oorspronkelijk bericht|original meddelelse|opprinnelig melding|ursprungligt meddelande|исходное сообщение)\s*-{2,}\s*$/i;
const FORWARDED = /^\s*(begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié)\s*:/i;
const UNDERSCORES = /^\s*_{20,}\s*$/;
/** A header line of a quoted Outlook block, plain (`From: …`) or as Gmail renders bold (`*From:* …`). */
const HEADER = /^\s*\*?(from|sent|date|to|cc|subject|von|gesendet|datum|an|betreff|de|envoyé|à|objet|enviado|fecha|para|asunto|da|inviato|data|oggetto|van|verzonden|aan|onderwerp|fra|sendt|til|emne|från|skickat|ämne|от|отправлено|кому|тема)\s*:\*?\s/i;
const HEADER_FROM = /^\s*\*?(from|von|de|da|van|fra|från|от)\s*:/i;
const HEADER_SENT = /^\s*\*?(sent|date|gesendet|datum|envoyé|enviado|fecha|inviato|data|verzonden|sendt|skickat|отправлено)\s*:/i;
/** "On <date>, <name> wrote:" in the languages email-reply-parser knows, possibly wrapped over two lines. */
const ATTRIBUTION = /^\s*(on|le|el|am|il|em|op|den|dnia|w dniu|pe)\s.*\b(wrote|a écrit|escribió|schrieb|ha scritto|scritto|escreveu|schreef|skrev|napisał|pisze|kirjoitti)\s*:\s*$/i;
const ATTRIBUTION_HINT = /@|\d{1,2}[:.]\d{2}|\d{4}|\b(wrote|writes|schrieb|écrit|escribió|scritto|escreveu|schreef|skrev|napisał|pisze|kirjoitti)\b|написал|пишет|写道|작성|のメッセージ/i;
/** A line ending so that the attribution goes on below it (Gmail wraps before the address). */
const CONTINUED = /[<,"(]\s*$/;
/** Closing phrases that start a signature, lower-cased. */
const SIGN_OFFS = new Set([
  'best', 'best regards', 'best wishes', 'kind regards', 'kindest regards', 'warm regards', 'warmest regards', 'regards', 'many thanks', 'thanks', 'thanks again',
  'thanks so much', 'thanks in advance', 'thank you', 'thank you so much', 'thx', 'cheers', 'sincerely', 'yours sincerely', 'yours truly', 'all the best', 'talk soon',
  'speak soon', 'take care', 'br', 'mit freundlichen grüßen', 'viele grüße', 'beste grüße', 'gruß', 'cordialement', 'bien à vous', 'saludos', 'un saludo',
  'cordiali saluti', 'met vriendelijke groet', 'med vänlig hälsning', 'hilsen',
]);
/** A sign-off followed by a capitalised name on the same line: "Thanks, Dana", "Best - Sam Lee". */
const SIGN_OFF_WITH_NAME = /^(.+?)[\s,-]+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})$/u;
const TRAILING_PUNCTUATION = /[\s,.!]+$/;
const GREETING = /^(hi|hello|hey|dear|good (morning|afternoon|evening)|hallo|bonjour|hola|ciao)\b.{0,40}$/i;
/** Lines a signature block may hold below its sign-off: name, title, company, phone, address, link. */
const MAX_SIGNATURE_LINES = 6;
const MAX_SIGNATURE_LINE_CHARS = 80;

const parser = new EmailReplyParser();

/**
 * The new text of an email body: what its sender wrote, without the quoted earlier messages
 * ("On … wrote:" with `>` lines, anywhere in the body, so bottom-posted and inline replies keep
 * their own lines; "-----Original Message-----"; Outlook's "From: … Sent: …" block; forwarded
 * messages) and without the signature ("-- ", "Sent from my iPhone", a sign-off such as
 * "Best," or "Thanks, Dana" with the name, title and company lines below it).
 * email-reply-parser does the signature lines and the quote headers of ten languages; what it
 * misses on real mail (quotes above the new text, attributions wrapped over lines, sign-offs it
 * does not know) is handled here.
 * @example newTextOf('Sounds good.\n\nBest,\nDana\n\nOn Mon, 2 Jun 2025, Sam <sam@us.com> wrote:\n> Shall we meet?') // 'Sounds good.'
 */
export function newTextOf(body: string): string {
  const lines = body.slice(0, MAX_PARSED_CHARS).replace(/\r\n?/g, '\n').split('\n');
  const visible = visibleText(withoutQuotes(lines));
  return tidy(withoutSignOff(visible.split('\n')));
}

/** email-reply-parser's visible text (signatures and quote headers it knows removed), long lines passed around it. */
function visibleText(lines: readonly string[]): string {
  const long: string[] = [];
  const short = lines.map((l) => (l.length > MAX_HEADER_LINE_CHARS ? `\uE000${long.push(l) - 1}\uE000` : l));
  const visible = parser.parseReply(short.join('\n'));
  return long.length === 0 ? visible : visible.replace(PLACEHOLDER, (_, i: string) => long[Number(i)] ?? '');
}

/** The lines outside quoted messages: `>` blocks and their attributions left out, the body cut where an unprefixed copy begins. */
function withoutQuotes(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (QUOTED.test(line)) {
      if (i === 0 || !QUOTED.test(lines[i - 1] as string)) dropAttribution(out);
      continue;
    }
    if (startsUnprefixedCopy(lines, i)) break;
    out.push(line);
  }
  return out;
}

/**
 * Removes the attribution ("On …, … wrote:") that `out` ends with, if it does, before a `>`
 * block: up to three lines, the known "On … wrote:" forms first, else lines ending with ":"
 * that name an address, a time or a verb of writing (other languages' forms).
 */
function dropAttribution(out: string[]): void {
  let end = out.length;
  // At most one blank line between the attribution and the quote.
  if (end > 0 && BLANK.test(out[end - 1] as string)) end--;
  const top = attributionStart(out, end, (text) => ATTRIBUTION.test(text)) ?? attributionStart(out, end, (text) => text.endsWith(':') && text.length <= 300 && ATTRIBUTION_HINT.test(text));
  if (top !== undefined) out.length = top;
}

function attributionStart(out: readonly string[], end: number, matches: (text: string) => boolean): number | undefined {
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const top = end - k;
    if (BLANK.test(out[top] as string)) return undefined;
    if (!matches(out.slice(top, end).join(' ').trim())) continue;
    if (top > 0 && CONTINUED.test(out[top - 1] as string)) continue;
    return top;
  }
  return undefined;
}

/** Whether line `i` starts a copy of an earlier message that is not `>`-prefixed: all of it to the end is quoted. */
function startsUnprefixedCopy(lines: readonly string[], i: number): boolean {
  const line = lines[i] as string;
  if (ORIGINAL_MESSAGE.test(line) || FORWARDED.test(line)) return true;
  if (UNDERSCORES.test(line)) return lines.slice(i + 1, i + 4).some((l) => HEADER_FROM.test(l));
  if (HEADER.test(line)) return isHeaderBlock(lines, i);
  const joined = ATTRIBUTION.test(line) ? line : i + 1 < lines.length ? `${line} ${lines[i + 1]}` : '';
  if (!ATTRIBUTION.test(joined)) return false;
  // Followed by a `>` block, the attribution goes with that block and later lines stay.
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j] as string;
    if (BLANK.test(next) || (j === i + 1 && joined !== line)) continue;
    return !QUOTED.test(next);
  }
  return true;
}

/** Header lines from `i` on that name both a sender and a date, as a quoted Outlook or webmail block does. */
function isHeaderBlock(lines: readonly string[], i: number): boolean {
  let from = false;
  let sent = false;
  for (let j = i; j < Math.min(lines.length, i + 6); j++) {
    const l = lines[j] as string;
    if (!HEADER.test(l)) break;
    from ||= HEADER_FROM.test(l);
    sent ||= HEADER_SENT.test(l);
  }
  return from && sent;
}

/** Cuts a closing sign-off and the short lines below it, when the message has text above it. */
function withoutSignOff(lines: readonly string[]): readonly string[] {
  let below = 0;
  for (let j = lines.length - 1; j > 0; j--) {
    const line = (lines[j] as string).trim();
    if (line === '') continue;
    if (isSignOff(line)) return hasContentAbove(lines, j) ? lines.slice(0, j) : lines;
    if (++below > MAX_SIGNATURE_LINES || line.length > MAX_SIGNATURE_LINE_CHARS) break;
  }
  return lines;
}

function isSignOff(line: string): boolean {
  const bare = line.replace(TRAILING_PUNCTUATION, '');
  if (SIGN_OFFS.has(bare.toLowerCase())) return true;
  const named = SIGN_OFF_WITH_NAME.exec(bare);
  return named !== null && SIGN_OFFS.has((named[1] ?? '').replace(TRAILING_PUNCTUATION, '').toLowerCase());
}

/** Whether anything but blank lines and a greeting comes before line `j`: "Hi Sam,\n\nThanks!" is all message, no signature. */
function hasContentAbove(lines: readonly string[], j: number): boolean {
  return lines.slice(0, j).some((l) => !BLANK.test(l) && !GREETING.test(l.trim()));
}

/** Trailing spaces and runs of blank lines removed, the text trimmed. */
function tidy(lines: readonly string[]): string {
  return lines
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
