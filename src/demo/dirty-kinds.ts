/** The kinds of deliberately bad row the demo plants, so the import report has something to show. */
export const DIRTY_KINDS = ['impossible_date', 'negative_amount', 'unparseable_number', 'unknown_account', 'duplicate', 'invalid_email', 'bad_enum'] as const;
export type DirtyKind = (typeof DIRTY_KINDS)[number];

/**
 * Dirty kinds whose rows still pass the row schema: they are caught later, when the row is
 * matched to an account or compared with a row of the same key and `known_at`.
 */
export const SCHEMA_VALID_DIRTY_KINDS: readonly DirtyKind[] = ['unknown_account', 'duplicate'];

export function emptyDirtyCounts(): Record<DirtyKind, number> {
  return { impossible_date: 0, negative_amount: 0, unparseable_number: 0, unknown_account: 0, duplicate: 0, invalid_email: 0, bad_enum: 0 };
}

/**
 * Messages of the mail file that are broken on purpose: no Date header (the mbox `From `
 * line still has one), a multipart cut off before its final boundary, no From address at
 * all (the importer must reject that one).
 */
export const MAIL_DIRTY_KINDS = ['missing_date', 'truncated_multipart', 'missing_from'] as const;
export type MailDirtyKind = (typeof MAIL_DIRTY_KINDS)[number];

/** Messages in the older forms an importer must still read: Latin-1 or Windows-1252 text, HTML without a text part. */
export const MAIL_LEGACY_KINDS = ['iso_8859_1', 'windows_1252', 'html_only'] as const;
export type MailLegacyKind = (typeof MAIL_LEGACY_KINDS)[number];

/**
 * Valid messages whose customer sender no account can be found by: a real contact writing
 * from a personal free-mail address, or from a domain no account has (a subsidiary's, a new
 * one). The import lists them on the review list (`free_mail_only`, `unknown_address`).
 */
export const MAIL_UNMATCHED_KINDS = ['free_mail_sender', 'unknown_domain_sender'] as const;
export type MailUnmatchedKind = (typeof MAIL_UNMATCHED_KINDS)[number];

/** Events of the calendar file broken on purpose: a recurrence rule no parser can read. */
export const CALENDAR_DIRTY_KINDS = ['invalid_rrule'] as const;
export type CalendarDirtyKind = (typeof CALENDAR_DIRTY_KINDS)[number];

/** Counts per kind, all zero. */
export function zeroCounts<K extends string>(kinds: readonly K[]): Record<K, number> {
  return Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>;
}
