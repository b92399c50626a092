import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ENTITY_KINDS, type EntityKind } from '../domain/index.js';
import { emitAccountRows } from './account-rows.js';
import { emitActivityRows } from './activity-rows.js';
import { emitBillingRows } from './billing-rows.js';
import { CalendarFile } from './calendar-file.js';
import { buildTimeline, isoDate } from './calendar.js';
import { emitContactRows } from './contact-rows.js';
import { CORRUPTIONS } from './corruptions.js';
import { buildDemoAccount, type DemoAccount } from './demo-account.js';
import { DEMO_CALENDAR_FILE, DEMO_FILES, DEMO_MAIL_FILE, demoColumns } from './demo-columns.js';
import { DemoError } from './demo-error.js';
import { DemoFile } from './demo-file.js';
import type { DemoOutputFile } from './demo-file-summary.js';
import { type DemoAccountTruth, type DemoOptions, type DemoResult, DEMO_SIZES } from './demo-options.js';
import { DirtyRowInjector } from './dirty-row-injector.js';
import { emitFeedbackRows } from './feedback-rows.js';
import { MailFormPicker } from './mail-form-picker.js';
import { MboxFile } from './mbox-file.js';
import { emitMetricRows } from './metric-rows.js';
import { emitOutcomeRows } from './outcome-rows.js';
import { Random } from './random.js';
import type { RowSink } from './row-sink.js';
import { buildStaff } from './staff.js';
import { emitStaffRows } from './staff-rows.js';
import { emitSurveyRows } from './survey-rows.js';
import { emitTicketRows } from './ticket-rows.js';
import { emitUsageRows } from './usage-rows.js';
import { UnmatchedSenderPlanter } from './unmatched-sender-planter.js';

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Writes a seeded, deterministic demo data set into `outDir`: accounts and every signal
 * file, 24 months up to `asOf`, account by account so memory stays flat at any size.
 * Emails go to an mbox file and meetings to an iCalendar file; calls stay activity rows.
 *
 * @example
 * await generateDemo({ size: 'S', seed: 7, asOf: '2026-11-01T00:00:00Z', outDir: 'demo-data' });
 */
export async function generateDemo(options: DemoOptions): Promise<DemoResult> {
  const accounts = resolveSize(options.size);
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new DemoError('invalid_seed', `seed ${seed} is not an integer`);
  const asOfMs = ISO_TIMESTAMP.test(options.asOf) ? Date.parse(options.asOf) : Number.NaN;
  if (Number.isNaN(asOfMs)) throw new DemoError('invalid_as_of', `asOf "${options.asOf}" is not an ISO 8601 timestamp`);
  const timeline = buildTimeline(asOfMs);

  await mkdir(options.outDir, { recursive: true });
  const files = Object.fromEntries(
    ENTITY_KINDS.map((kind) => {
      const { name, format } = DEMO_FILES[kind];
      const injector = new DirtyRowInjector(CORRUPTIONS[kind], Random.from(seed, 'dirty', kind));
      return [kind, new DemoFile(kind, join(options.outDir, name), format, demoColumns(kind), injector)];
    }),
  ) as Record<EntityKind, DemoFile>;
  const sink: RowSink = { emit: (kind, row, opts) => files[kind].write(row, opts?.keepClean ?? false) };
  const staff = buildStaff(accounts, seed);
  const mail = new MboxFile(join(options.outDir, DEMO_MAIL_FILE), new MailFormPicker(Random.from(seed, 'mail')), new UnmatchedSenderPlanter(Random.from(seed, 'unmatched-mail')));
  const organizerZones = [...new Set(staff.reps.map((r) => r.timeZone))];
  const calendar = new CalendarFile(join(options.outDir, DEMO_CALENDAR_FILE), organizerZones, Random.from(seed, 'calendar'));
  const outputs = { rows: sink, mail, calendar };
  const all: DemoOutputFile[] = [...Object.values(files), mail, calendar];

  try {
    const staffByEmail = new Map(staff.members.map((m) => [m.email, m]));
    emitStaffRows(staff, timeline.startMs, sink);
    const weekStarts = timeline.weekStarts.map(isoDate);
    for (let i = 0; i < accounts; i++) {
      const account = buildDemoAccount(i, seed, timeline, staff);
      options.onAccount?.(truthOf(account, weekStarts));
      const stream = (label: string): Random => Random.from(seed, label, i);
      emitAccountRows(account, sink);
      emitContactRows(account, stream('contacts'), sink);
      emitActivityRows(account, stream('activities'), outputs, staffByEmail);
      emitBillingRows(account, stream('billing'), sink);
      emitTicketRows(account, stream('tickets'), sink);
      emitUsageRows(account, stream('usage'), sink);
      emitSurveyRows(account, stream('surveys'), sink);
      emitFeedbackRows(account, stream('feedback'), sink);
      emitOutcomeRows(account, sink);
      emitMetricRows(account, stream('metrics'), sink);
      await Promise.all(all.map((f) => f.ready()));
    }
  } finally {
    await Promise.all(all.map((f) => f.close()));
  }
  return { files: all.map((f) => f.summary()), accounts };
}

function resolveSize(size: DemoOptions['size']): number {
  const n = typeof size === 'number' ? size : DEMO_SIZES[size];
  if (n === undefined || !Number.isInteger(n) || n < 1) throw new DemoError('invalid_size', `size ${String(size)} is not S, M, L or a positive integer`);
  return n;
}

function truthOf(account: DemoAccount, weekStarts: readonly string[]): DemoAccountTruth {
  const { history } = account;
  return {
    externalId: account.profile.externalId,
    segment: account.profile.segment,
    weeklyHealth: Array.from(account.health),
    weekStarts,
    renewals: history.renewals.map((r) => ({ date: isoDate(r.dateMs), kind: r.kind, recentHealth: r.recentHealth })),
    ...(history.churnMs === undefined ? {} : { churnedOn: isoDate(history.churnMs) }),
    declining: account.decline !== undefined,
  };
}

