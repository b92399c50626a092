import type { DemoEmail } from './demo-email.js';
import { MAIL_DIRTY_KINDS, MAIL_LEGACY_KINDS, type MailDirtyKind, type MailLegacyKind } from './dirty-kinds.js';
import { encodable } from './mime-encoding.js';
import type { MailForm } from './mime-message.js';
import { pdfAttachment } from './pdf-attachment.js';
import type { Random } from './random.js';

export type MailQuirk = MailDirtyKind | MailLegacyKind;

/** Share of messages per odd form; the rest are well-formed UTF-8. */
const QUIRK_RATES: readonly (readonly [MailQuirk, number])[] = [
  ['iso_8859_1', 0.005],
  ['windows_1252', 0.005],
  ['html_only', 0.0005],
  ['missing_date', 0.002],
  ['truncated_multipart', 0.0005],
  ['missing_from', 0.0005],
];
const QUIRK_RATE = QUIRK_RATES.reduce((sum, [, w]) => sum + w, 0);
/** Each quirk is planted once early on, like the dirty rows, so even a tiny demo has them all. */
const FORCE_FROM = 7;
const FORCE_EVERY = 5;

export interface MailShape {
  /** Share of messages with an HTML alternative. */
  readonly alternativeShare: number;
  readonly attachmentShare: number;
  /** Size range of an attachment's content, in bytes. */
  readonly attachmentBytes: readonly [number, number];
}

export const DEMO_MAIL_SHAPE: MailShape = { alternativeShare: 0.3, attachmentShare: 0.03, attachmentBytes: [600, 4000] };

export interface PickedForm {
  readonly email: DemoEmail;
  readonly form: MailForm;
  readonly quirk?: MailQuirk;
}

/** Outlook's autocorrect: typographic apostrophes and dashes, the characters where Windows-1252 and Latin-1 part. */
function typographic(text: string): string {
  return text.replace(/'/g, '\u2019').replace(/ \| /g, ' \u2013 ').replace(/ - /g, ' \u2013 ');
}

function hasNonAscii(e: DemoEmail): boolean {
  const nonAscii = /\P{ASCII}/u;
  return nonAscii.test(e.bodyText) || nonAscii.test(e.from.name) || e.to.some((m) => nonAscii.test(m.name));
}

function allEncodable(e: DemoEmail, charset: 'iso-8859-1' | 'windows-1252'): boolean {
  return [e.bodyText, e.subject, e.from.name, ...e.to.map((m) => m.name), ...e.cc.map((m) => m.name)].every((t) => encodable(t, charset));
}

/**
 * Chooses each message's form from its own seeded stream (so mail shapes never shift the
 * activities themselves): encodings, HTML alternative, attachment, and now and then a legacy
 * or broken form, skipped for a message that cannot carry it.
 */
export class MailFormPicker {
  private readonly pending: MailQuirk[] = [...MAIL_LEGACY_KINDS, ...MAIL_DIRTY_KINDS];
  private seen = 0;
  private nextForcedAt = FORCE_FROM;

  constructor(
    private readonly rng: Random,
    private readonly shape: MailShape = DEMO_MAIL_SHAPE,
  ) {}

  pick(email: DemoEmail): PickedForm {
    this.seen++;
    const base = this.baseForm(email);
    const forced = this.pending.length > 0 && this.seen >= this.nextForcedAt;
    const candidates = forced ? this.pending : this.rng.chance(QUIRK_RATE) ? [this.rng.weighted(QUIRK_RATES)] : [];
    for (const quirk of candidates) {
      const picked = this.apply(quirk, email, base);
      if (!picked) continue;
      const at = this.pending.indexOf(quirk);
      if (at >= 0) this.pending.splice(at, 1);
      if (forced) this.nextForcedAt = this.seen + FORCE_EVERY;
      return { ...picked, quirk };
    }
    return { email, form: base };
  }

  private baseForm(email: DemoEmail): MailForm {
    const { rng, shape } = this;
    const html = rng.chance(shape.alternativeShare) ? 'alternative' : 'none';
    const withAttachment = rng.chance(shape.attachmentShare);
    return {
      charset: 'utf-8',
      textEncoding: rng.chance(0.55) ? 'quoted-printable' : '8bit',
      html,
      htmlEncoding: rng.chance(0.85) ? 'quoted-printable' : 'base64',
      wordEncoding: rng.chance(0.7) ? 'Q' : 'B',
      ...(withAttachment ? { attachment: pdfAttachment(rng, email.sentAt, rng.int(shape.attachmentBytes[0], shape.attachmentBytes[1])) } : {}),
    };
  }

  private apply(quirk: MailQuirk, email: DemoEmail, base: MailForm): Omit<PickedForm, 'quirk'> | undefined {
    switch (quirk) {
      case 'iso_8859_1':
        return hasNonAscii(email) && allEncodable(email, 'iso-8859-1') ? { email, form: { ...base, charset: 'iso-8859-1', textEncoding: 'quoted-printable', htmlEncoding: 'quoted-printable', wordEncoding: 'Q' } } : undefined;
      case 'windows_1252': {
        const e = { ...email, bodyText: typographic(email.bodyText) };
        return hasNonAscii(e) && allEncodable(e, 'windows-1252') ? { email: e, form: { ...base, charset: 'windows-1252', textEncoding: 'quoted-printable', htmlEncoding: 'quoted-printable', wordEncoding: 'Q' } } : undefined;
      }
      case 'html_only':
        return { email, form: { ...base, html: 'only', htmlEncoding: 'quoted-printable' } };
      case 'missing_date':
        return { email, form: { ...base, omitDate: true } };
      case 'truncated_multipart': {
        const { attachment: _dropped, ...rest } = base;
        return { email, form: { ...rest, html: 'alternative', truncated: true } };
      }
      case 'missing_from':
        return { email, form: { ...base, omitFrom: true } };
    }
  }
}
