import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import PostalMime, { type Email } from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MAIL_FILE, type DemoResult, generateDemo, MAIL_DIRTY_KINDS, MAIL_LEGACY_KINDS, MAIL_UNMATCHED_KINDS, type MailFileSummary } from './index.js';
import { OFFICE_ZONES } from './time-zones.js';
import type { Region } from './word-banks.js';

const AS_OF = '2026-11-01T00:00:00Z';

interface Message {
  /** The mbox `From ` line, without "From ". */
  readonly envelope: string;
  /** The message as written, `>From ` escapes undone. */
  readonly raw: string;
  readonly parsed: Email;
}

/** mboxrd, read the simple way: every line starting "From " opens a message. */
function splitMbox(text: string): { envelope: string; raw: string }[] {
  return text
    .split(/^From /m)
    .slice(1)
    .map((chunk) => {
      const newline = chunk.indexOf('\n');
      const body = chunk.slice(newline + 1).replace(/\n\n$/, '\n');
      return { envelope: chunk.slice(0, newline), raw: body.replace(/^>(>*From )/gm, '$1') };
    });
}

function header(raw: string, name: string): string | undefined {
  const head = raw.slice(0, raw.indexOf('\n\n'));
  const m = new RegExp(`^${name}: (.*(?:\\n[ \\t].*)*)`, 'mi').exec(head);
  return m?.[1]?.replace(/\n[ \t]+/g, ' ');
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** ICU's offset of a zone at an instant, as in a Date header: "+0530". */
function intlOffset(zone: string, ms: number): string {
  let format = formats.get(zone);
  if (!format) formats.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  const name = format.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return name === 'GMT' ? '+0000' : name.slice(3).replace(':', '');
}

/** Node 20.18.3+ decodes windows-1252 bytes 0x80–0x9F as C1 controls (nodejs/node#56542); undo it for the two this demo writes. */
const CP1252_REPAIR: Readonly<Record<string, string>> = { '\u0092': '\u2019', '\u0096': '\u2013' };
function repairCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_REPAIR[c] ?? c);
}

const FREE_MAIL_SENDER = /^[a-z]+\.?[a-z]+\d*@(gmail\.com|outlook\.com|icloud\.com)$/;
const OTHER_DOMAIN_SENDER = /@[a-z]+-\d+-holdings\.com$/;
const isPlantedSender = (address: string): boolean => FREE_MAIL_SENDER.test(address) || OTHER_DOMAIN_SENDER.test(address);

describe('the demo mailbox', () => {
  let dir: string;
  let result: DemoResult;
  let summary: MailFileSummary;
  let text: string;
  let messages: Message[];
  let zoneByDomain: Map<string, string>;
  let churnByDomain: Map<string, string>;
  let staffZone: Map<string, string>;
  let knownNames: Set<string>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bellwether-mbox-'));
    result = await generateDemo({ size: 'S', seed: 3, asOf: AS_OF, outDir: dir });
    const found = result.files.find((f): f is MailFileSummary => f.format === 'mbox');
    if (!found) throw new Error('no mailbox in the demo result');
    summary = found;
    text = await readFile(join(dir, DEMO_MAIL_FILE), 'utf8');
    messages = await Promise.all(splitMbox(text).map(async (m) => ({ ...m, parsed: await PostalMime.parse(m.raw) })));

    const accounts = Papa.parse<Record<string, string>>(await readFile(join(dir, 'accounts.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    zoneByDomain = new Map();
    churnByDomain = new Map();
    for (const a of accounts) {
      const domain = String(a.domains).split(/[;,|]/)[0] ?? '';
      if (a.attr_time_zone) zoneByDomain.set(domain, a.attr_time_zone);
      if (a.lifecycle_stage === 'churned') churnByDomain.set(domain, String(a.known_at));
    }
    const staff = Papa.parse<Record<string, string>>(await readFile(join(dir, 'internal_users.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    staffZone = new Map(staff.map((s) => [String(s.email), OFFICE_ZONES[(String(s.team).replace('CS ', '') as Region)]?.id ?? OFFICE_ZONES.NA.id]));
    const contacts = Papa.parse<Record<string, string>>(await readFile(join(dir, 'contacts.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    knownNames = new Set([...staff, ...contacts].map((p) => String(p.name)));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('holds one parseable message per email activity, each after a From_ line with its sender and UTC asctime date', () => {
    expect(messages.length).toBe(summary.rows);
    expect(messages.length).toBeGreaterThan(1000);
    for (const m of messages) {
      expect(m.envelope).toMatch(/^(\S+@\S+|MAILER-DAEMON) (Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}$/);
      const sender = m.parsed.from?.address ?? 'MAILER-DAEMON';
      expect(m.envelope.startsWith(`${sender} `)).toBe(true);
      expect(header(m.raw, 'MIME-Version')).toBe('1.0');
    }
  });

  it('escapes body lines that start with "From " (mboxrd), so the only From_ lines are separators', () => {
    const escaped = text.split('\n').filter((l) => l.startsWith('>From '));
    expect(escaped.length).toBeGreaterThan(0);
    expect(messages.some((m) => m.parsed.text?.includes('\nFrom next month on'))).toBe(true);
  });

  it('gives each message a stable Message-ID made from its activity id', () => {
    const ids = messages.map((m) => m.parsed.messageId);
    for (const id of ids) expect(id).toMatch(/^<ACT-\d{6}-\d{5}@mail\.bellwether-demo\.test>$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('dates each message in its sender zone (the account zone for customers, the office for reps), at the From_ line instant', () => {
    let customers = 0;
    for (const m of messages) {
      const date = header(m.raw, 'Date');
      if (date === undefined) continue;
      const instant = Date.parse(m.envelope.slice(m.envelope.indexOf(' ') + 1) + ' UTC');
      expect(Date.parse(date), date).toBe(instant);
      const sender = m.parsed.from?.address;
      if (!sender) continue;
      const domain = sender.split('@')[1] ?? '';
      // A customer planted writing from free mail or another domain still writes in the account's zone, which the domain no longer tells.
      if (!staffZone.has(sender) && !zoneByDomain.has(domain) && isPlantedSender(sender)) continue;
      const zone = staffZone.get(sender) ?? zoneByDomain.get(domain);
      expect(zone, sender).toBeDefined();
      expect(date.slice(-5), `${sender} ${date}`).toBe(intlOffset(zone ?? '', instant));
      if (!staffZone.has(sender)) customers++;
    }
    expect(customers).toBeGreaterThan(100);
    expect(new Set(messages.map((m) => header(m.raw, 'Date')?.slice(-5))).size).toBeGreaterThan(4);
  });

  it('threads replies: In-Reply-To names an earlier message and References hold the whole chain', () => {
    const seen = new Map<string, string[]>();
    let replies = 0;
    for (const m of messages) {
      const id = m.parsed.messageId ?? '';
      const parent = m.parsed.inReplyTo;
      const refs = (m.parsed.references ?? '').split(/\s+/).filter((r) => r.length > 0);
      if (parent) {
        replies++;
        expect(seen.has(parent), `${id} answers ${parent}`).toBe(true);
        expect(refs).toEqual([...(seen.get(parent) ?? []), parent]);
        expect(m.parsed.subject?.startsWith('Re: ')).toBe(true);
      } else expect(refs).toEqual([]);
      seen.set(id, refs);
    }
    expect(replies).toBeGreaterThan(messages.length / 4);
    expect(messages.some((m) => (m.parsed.references ?? '').split(' ').length >= 2)).toBe(true);
  });

  it('keeps the composed body: greeting, text, signature and the quoted previous message', () => {
    const reply = messages.find((m) => m.parsed.inReplyTo && header(m.raw, 'Content-Type')?.startsWith('text/plain'));
    expect(reply?.parsed.text).toMatch(/^Hi \S+,\n\n.+\n\nBest,\n.+\n.+ \| .+\n\nOn \d{4}-\d{2}-\d{2}, .+ <.+@.+> wrote:\n> .+/);
  });

  it('names everyone with a display name that decodes to the person, encoded-words included', () => {
    let encoded = 0;
    for (const m of messages) {
      for (const a of [m.parsed.from, ...(m.parsed.to ?? []), ...(m.parsed.cc ?? [])]) {
        if (!a) continue;
        expect(knownNames.has(repairCp1252(a.name)), a.name).toBe(true);
      }
      if (/=\?(utf-8|iso-8859-1|windows-1252)\?[QB]\?/i.test(m.raw.slice(0, m.raw.indexOf('\n\n')))) encoded++;
    }
    expect(encoded).toBeGreaterThan(10);
  });

  it('writes a share as multipart/alternative with HTML, and a few with a PDF attachment', () => {
    const alternative = messages.filter((m) => /multipart\/alternative/.test(m.raw) && m.parsed.html);
    expect(alternative.length / messages.length).toBeGreaterThan(0.2);
    expect(alternative.length / messages.length).toBeLessThan(0.4);
    const attachments = messages.flatMap((m) => m.parsed.attachments);
    expect(attachments.length).toBeGreaterThan(20);
    for (const a of attachments) {
      expect(a.mimeType).toBe('application/pdf');
      expect(a.filename).toMatch(/^[A-Za-z-]+-\d{4}-\d{2}\.pdf$/);
      expect(Buffer.from(a.content as ArrayBuffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });

  it('writes some messages in Latin-1 or Windows-1252 quoted-printable that decode to the accented and typographic text', () => {
    const latin = messages.filter((m) => /charset="iso-8859-1"/.test(m.raw));
    const windows = messages.filter((m) => /charset="windows-1252"/.test(m.raw));
    expect(latin.length).toBe(summary.legacyByKind.iso_8859_1);
    expect(windows.length).toBe(summary.legacyByKind.windows_1252);
    expect(latin.length).toBeGreaterThan(0);
    expect(windows.length).toBeGreaterThan(0);
    for (const m of latin) {
      expect(m.raw).toMatch(/=[CDEF][0-9A-F]/); // Latin-1 bytes of accented letters, not UTF-8 pairs
      const names = [m.parsed.from, ...(m.parsed.to ?? []), ...(m.parsed.cc ?? [])].map((a) => a?.name ?? '');
      expect([m.parsed.text, ...names].join('\n')).toMatch(/[À-ÿ]/);
      expect(m.parsed.text ?? '').not.toMatch(/[\uFFFD\u0080-\u009f]|Ã/);
    }
    for (const m of windows) {
      const decoded = repairCp1252(m.parsed.text ?? '');
      expect(decoded).toMatch(/ \u2013 /);
      expect(decoded).not.toMatch(/[\uFFFD\u0080-\u009f]/);
    }
  });

  it('writes the HTML-only, undated, cut-off and sender-less messages the summary counts, and no others', () => {
    const counts = {
      html_only: messages.filter((m) => header(m.raw, 'Content-Type')?.startsWith('text/html')).length,
      missing_date: messages.filter((m) => header(m.raw, 'Date') === undefined).length,
      truncated_multipart: messages.filter((m) => {
        const boundary = /boundary="([^"]+)"/.exec(m.raw)?.[1];
        return boundary !== undefined && !m.raw.includes(`--${boundary}--`);
      }).length,
      missing_from: messages.filter((m) => header(m.raw, 'From') === undefined).length,
    };
    expect(counts.html_only).toBe(summary.legacyByKind.html_only);
    expect({ missing_date: counts.missing_date, truncated_multipart: counts.truncated_multipart, missing_from: counts.missing_from }).toEqual(summary.dirtyByKind);
    for (const kind of MAIL_DIRTY_KINDS) expect(summary.dirtyByKind[kind], kind).toBeGreaterThan(0);
    for (const kind of MAIL_LEGACY_KINDS) expect(summary.legacyByKind[kind], kind).toBeGreaterThan(0);
    expect(summary.dirtyRows).toBe(counts.missing_date + counts.truncated_multipart + counts.missing_from);
    for (const m of messages.filter((x) => header(x.raw, 'From') === undefined)) {
      expect(m.envelope.startsWith('MAILER-DAEMON ')).toBe(true);
      expect(m.parsed.from).toBeUndefined();
    }
  });

  it('plants customers writing to our people alone from free mail or another domain, as many as the summary counts', () => {
    const planted = messages.filter((m) => isPlantedSender(m.parsed.from?.address ?? ''));
    const counts = {
      free_mail_sender: planted.filter((m) => FREE_MAIL_SENDER.test(m.parsed.from?.address ?? '')).length,
      unknown_domain_sender: planted.filter((m) => OTHER_DOMAIN_SENDER.test(m.parsed.from?.address ?? '')).length,
    };
    expect(counts).toEqual(summary.unmatchedByKind);
    for (const kind of MAIL_UNMATCHED_KINDS) expect(summary.unmatchedByKind[kind], kind).toBeGreaterThan(0);
    for (const m of planted) {
      // Only our people besides the sender, so no other participant names the account.
      for (const a of [...(m.parsed.to ?? []), ...(m.parsed.cc ?? [])]) expect(staffZone.has(a.address ?? ''), a.address).toBe(true);
      expect(knownNames.has(repairCp1252(m.parsed.from?.name ?? ''))).toBe(true);
      expect(m.envelope.startsWith(`${m.parsed.from?.address} `)).toBe(true);
    }
    // The other domain is the account's own stem with -holdings, which no account has.
    const stems = new Set([...zoneByDomain.keys()].map((d) => d.slice(0, d.lastIndexOf('.'))));
    for (const m of planted.filter((x) => OTHER_DOMAIN_SENDER.test(x.parsed.from?.address ?? ''))) {
      const domain = m.parsed.from?.address?.split('@')[1] ?? '';
      expect(zoneByDomain.has(domain), domain).toBe(false);
      expect(stems.has(domain.replace(/-holdings\.com$/, '')), domain).toBe(true);
    }
  });

  it('writes no customer mail after the account churned', () => {
    const late = messages.filter((m) => {
      const customer = [m.parsed.from, ...(m.parsed.to ?? [])].find((a) => a?.address && !staffZone.has(a.address))?.address;
      const churn = churnByDomain.get(customer?.split('@')[1] ?? '');
      const date = Date.parse(m.envelope.slice(m.envelope.indexOf(' ') + 1) + ' UTC');
      return churn !== undefined && date >= Date.parse(churn);
    });
    expect(churnByDomain.size).toBeGreaterThan(0);
    expect(late.map((m) => m.parsed.messageId)).toEqual([]);
  });
});
