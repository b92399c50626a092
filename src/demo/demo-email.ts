import type { TimeZone } from './time-zones.js';

export interface Mailbox {
  readonly name: string;
  readonly email: string;
}

/** One email activity as the mail file writes it: who, when (and in which zone), and its thread. */
export interface DemoEmail {
  /** The activity's external id; the Message-ID is made from it. */
  readonly externalId: string;
  readonly sentAt: number;
  /** The sender's zone, for the Date header's local time and offset. */
  readonly zone: TimeZone;
  readonly from: Mailbox;
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  readonly subject: string;
  readonly bodyText: string;
  /** External ids of the earlier messages of the thread, oldest first; the last is the one answered. */
  readonly references: readonly string[];
}

export const MAIL_DOMAIN = 'mail.bellwether-demo.test';

/** `<ACT-000001-00001@mail.bellwether-demo.test>`: stable, so a re-import finds the same message. */
export function messageId(externalId: string): string {
  return `<${externalId}@${MAIL_DOMAIN}>`;
}
