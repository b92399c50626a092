import type { DemoEmail, Mailbox } from './demo-email.js';
import { MAIL_UNMATCHED_KINDS, type MailUnmatchedKind } from './dirty-kinds.js';
import type { Random } from './random.js';
import { STAFF_DOMAIN } from './staff.js';

/** Share of the customers' own messages sent from an address no account matches. */
const UNMATCHED_RATE = 0.005;
/** Each kind is planted once early on, like the mail quirks, so even a tiny demo has them. */
const FORCE_FROM = 5;
const FORCE_EVERY = 5;

const FREE_MAIL: readonly ((first: string, last: string) => string)[] = [
  (first, last) => `${first}.${last}@gmail.com`,
  (first, last) => `${first}${last}@outlook.com`,
  (first, last) => `${first}.${last}@icloud.com`,
];

export interface PlantedSender {
  readonly email: DemoEmail;
  readonly kind?: MailUnmatchedKind;
}

const atStaff = (m: Mailbox): boolean => m.email.endsWith(`@${STAFF_DOMAIN}`);

/**
 * Now and then has a customer write from an address no account has: their personal free
 * mail, or their company's other domain (`brightforge-3-holdings.com`; not `-group.com`,
 * which some demo accounts own). Only messages from a customer to our people alone, so no
 * other participant names the account; from its own stream, so no other message changes.
 */
export class UnmatchedSenderPlanter {
  private readonly pending: MailUnmatchedKind[] = [...MAIL_UNMATCHED_KINDS];
  private seen = 0;
  private nextForcedAt = FORCE_FROM;

  constructor(private readonly rng: Random) {}

  plant(email: DemoEmail): PlantedSender {
    if (atStaff(email.from) || !email.to.every(atStaff) || !email.cc.every(atStaff)) return { email };
    this.seen++;
    const forced = this.pending.length > 0 && this.seen >= this.nextForcedAt;
    const kind = forced ? this.pending.shift() : this.rng.chance(UNMATCHED_RATE) ? this.rng.pick(MAIL_UNMATCHED_KINDS) : undefined;
    if (kind === undefined) return { email };
    if (forced) this.nextForcedAt = this.seen + FORCE_EVERY;
    return { email: { ...email, from: { ...email.from, email: this.address(kind, email.from.email) } }, kind };
  }

  private address(kind: MailUnmatchedKind, real: string): string {
    const at = real.lastIndexOf('@');
    const local = real.slice(0, at);
    if (kind === 'unknown_domain_sender') {
      const domain = real.slice(at + 1);
      return `${local}@${domain.slice(0, domain.lastIndexOf('.'))}-holdings.com`;
    }
    const [first = local, ...rest] = local.split('.');
    return this.rng.pick(FREE_MAIL)(first, rest.join('') || 'mail');
  }
}
