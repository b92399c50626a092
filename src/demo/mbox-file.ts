import { BufferedWriter } from './buffered-writer.js';
import type { DemoEmail } from './demo-email.js';
import type { DemoOutputFile, MailFileSummary } from './demo-file-summary.js';
import { MAIL_DIRTY_KINDS, MAIL_LEGACY_KINDS, MAIL_UNMATCHED_KINDS, type MailDirtyKind, type MailLegacyKind, zeroCounts } from './dirty-kinds.js';
import { asctime } from './mail-date.js';
import type { MailFormPicker } from './mail-form-picker.js';
import { mimeMessage } from './mime-message.js';
import type { UnmatchedSenderPlanter } from './unmatched-sender-planter.js';

/** mboxrd: every line that starts with `From `, after any number of `>`, gets one more `>`. */
export function escapeFromLines(message: string): string {
  return message.includes('From ') ? message.replace(/^(>*From )/gm, '>$1') : message;
}

/**
 * The demo's mailbox: one message per email activity in the order generated, each after an
 * mboxrd `From sender asctime` line and followed by an empty line.
 */
export class MboxFile implements DemoOutputFile {
  private readonly writer: BufferedWriter;
  private messages = 0;
  private readonly dirty = zeroCounts(MAIL_DIRTY_KINDS);
  private readonly legacy = zeroCounts(MAIL_LEGACY_KINDS);
  private readonly unmatched = zeroCounts(MAIL_UNMATCHED_KINDS);

  constructor(
    readonly path: string,
    private readonly picker: MailFormPicker,
    private readonly planter: UnmatchedSenderPlanter,
  ) {
    this.writer = new BufferedWriter(path);
  }

  write(email: DemoEmail): void {
    const { email: formed, form, quirk } = this.picker.pick(email);
    // After the form, so the picker's draws (and every other message) stay as they were; never on a broken message, which the import rejects.
    const planted = quirk && quirk in this.dirty ? { email: formed } : this.planter.plant(formed);
    const shaped = planted.email;
    if (planted.kind) this.unmatched[planted.kind]++;
    // A message without a From header keeps no sender anywhere: mail tools write MAILER-DAEMON.
    const sender = form.omitFrom ? 'MAILER-DAEMON' : shaped.from.email;
    this.writer.write(`From ${sender} ${asctime(shaped.sentAt)}\n${escapeFromLines(mimeMessage(shaped, form))}\n\n`);
    this.messages++;
    if (quirk && quirk in this.dirty) this.dirty[quirk as MailDirtyKind]++;
    else if (quirk) this.legacy[quirk as MailLegacyKind]++;
  }

  ready(): Promise<void> {
    return this.writer.ready();
  }

  close(): Promise<void> {
    return this.writer.close();
  }

  summary(): MailFileSummary {
    const dirtyRows = Object.values(this.dirty).reduce((a, b) => a + b, 0);
    return { path: this.path, kind: 'activities', format: 'mbox', rows: this.messages, dirtyRows, dirtyByKind: { ...this.dirty }, legacyByKind: { ...this.legacy }, unmatchedByKind: { ...this.unmatched } };
  }
}
