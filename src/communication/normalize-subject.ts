/** Reply and forward prefixes of many mail clients and languages (Re, Fwd, AW, WG, SV, Antw, TR, RV…), with counters such as "Re[2]:". */
const REPLY_PREFIX = /^(?:re|fw|fwd|aw|wg|sv|vs|vb|antw|antwort|tr|rv|rif|odp|pd|ynt|res|enc)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*/i;
/** Tags a list or a gateway puts in front: "[EXT]", "[acme-support]". */
const TAG = /^\[[^\]]*\]\s*/;

/**
 * A subject as threads compare it: without reply and forward prefixes and bracketed tags,
 * whitespace collapsed, lower-cased.
 * @example normalizeSubject('[EXT] RE: Fwd: Renewal  quote') // 'renewal quote'
 */
export function normalizeSubject(subject: string | undefined): string {
  let s = (subject ?? '').trim();
  for (let previous = ''; previous !== s; ) {
    previous = s;
    s = s.replace(TAG, '').replace(REPLY_PREFIX, '');
  }
  return s.replace(/\s+/g, ' ').toLowerCase();
}

/** Whether a subject says the message replies to or forwards an earlier one ("Re: …", "[EXT] AW: …"). */
export function isReplySubject(subject: string | undefined): boolean {
  let s = (subject ?? '').trim();
  while (TAG.test(s)) s = s.replace(TAG, '');
  return REPLY_PREFIX.test(s);
}
