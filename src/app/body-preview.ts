import { newTextOf } from '../nlp/index.js';

/** Characters of new text an activity list shows of each message. */
export const BODY_PREVIEW_CHARS = 300;

/**
 * The start of what a message says new (its body without quoted replies and signature),
 * whitespace collapsed, cut at a word near `max` characters with an ellipsis.
 * @example bodyPreview('Thanks, that works.\n\nOn Mon, Sam wrote:\n> Shall we meet?') // 'Thanks, that works.'
 */
export function bodyPreview(body: string, max: number = BODY_PREVIEW_CHARS): string {
  const text = newTextOf(body).replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
