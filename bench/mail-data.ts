import { createWriteStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { Random } from '../src/demo/random.js';

/** Customer accounts the generated mail belongs to, one domain each. */
export const MAIL_BENCH_ACCOUNTS = 2000;
export const MAIL_BENCH_INTERNAL_DOMAIN = 'ourco.test';

const WORDS = ('renewal pricing seats rollout onboarding invoice roadmap integration workshop training report dashboard contract ' +
  'timeline budget approval security review question feedback update meeting agenda thanks follow next steps quarter usage team').split(' ');

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)] ?? 'update');
  const s = out.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function paragraph(next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(next, 8 + Math.floor(next() * 10))).join(' ');
}

/** Wraps text at 76 columns, as mail clients send it. */
function wrap(text: string): string {
  return text.replace(/(.{1,76})(\s+|$)/g, '$1\n').trimEnd();
}

/**
 * Writes a deterministic mbox of `messages` realistic messages (threads of up to four, both
 * sides, quoted history and signatures, a third multipart/alternative with HTML, one in
 * twelve with a base64 attachment), about 3.3 KB each, unless a file of that name exists.
 */
export async function writeBenchMailbox(path: string, messages: number): Promise<{ path: string; bytes: number; accountsCsv: string }> {
  const accountsCsv = path.replace(/\.mbox$/, '-accounts.csv');
  const existing = await stat(path).catch(() => undefined);
  if (!existing) {
    await mkdir(dirname(path), { recursive: true });
    const lines = ['external_id,name,domains'];
    for (let a = 0; a < MAIL_BENCH_ACCOUNTS; a++) lines.push(`MB-${a},Customer ${a},c${a}.example`);
    await writeFile(accountsCsv, `${lines.join('\n')}\n`);
    const out = createWriteStream(`${path}.partial`);
    const rng = Random.from(messages, 'bench-mail');
    const next = (): number => rng.next();
    let startMs = Date.parse('2025-01-06T09:00:00Z');
    let written = 0;
    while (written < messages) {
      const account = Math.floor(next() * MAIL_BENCH_ACCOUNTS);
      const customer = `contact${Math.floor(next() * 5)}@c${account}.example`;
      const rep = `rep${account % 40}@${MAIL_BENCH_INTERNAL_DOMAIN}`;
      const subject = sentence(next, 4).slice(0, -1);
      const length = 1 + Math.floor(next() * 4);
      let history = '';
      let parent: string | undefined;
      const refs: string[] = [];
      let at = startMs;
      for (let i = 0; i < length && written < messages; i++, written++) {
        const ours = (i % 2 === 0) === next() < 0.7;
        const [from, to] = ours ? [rep, customer] : [customer, rep];
        const id = `bench-${written}@mail.bench.test`;
        const text = `Hi,\n\n${wrap(paragraph(next, 4 + Math.floor(next() * 8)))}\n\n${wrap(paragraph(next, 2 + Math.floor(next() * 4)))}\n\nBest regards,\n${from.split('@')[0]}\n-- \n${ours ? 'Our Co, Customer Success' : `Customer ${account}`}\n`;
        const body = history ? `${text}\nOn ${new Date(at).toUTCString()}, ${to} wrote:\n${history.split('\n').map((l) => `> ${l}`).join('\n')}\n` : text;
        const headers = [
          `From: ${from.split('@')[0]} <${from}>`,
          `To: <${to}>`,
          `Subject: ${i === 0 ? subject : `Re: ${subject}`}`,
          `Date: ${new Date(at).toUTCString().replace('GMT', '+0000')}`,
          `Message-ID: <${id}>`,
          ...(parent ? [`In-Reply-To: <${parent}>`, `References: ${refs.map((r) => `<${r}>`).join(' ')}`] : []),
          'MIME-Version: 1.0',
        ];
        let mime: string;
        const attach = next() < 1 / 12;
        const html = next() < 1 / 3;
        const textPart = `Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${body}`;
        const htmlPart = `Content-Type: text/html; charset=utf-8\n\n<html><body>${body.split('\n\n').map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`).join('')}</body></html>\n`;
        const alternative = html ? `Content-Type: multipart/alternative; boundary="alt-${written}"\n\n--alt-${written}\n${textPart}\n--alt-${written}\n${htmlPart}\n--alt-${written}--\n` : textPart;
        if (attach) {
          const blob = Buffer.alloc(2400, `${written}`).toString('base64').replace(/(.{76})/g, '$1\n');
          mime = `Content-Type: multipart/mixed; boundary="mix-${written}"\n\n--mix-${written}\n${alternative}\n--mix-${written}\nContent-Type: application/pdf; name="report-${written}.pdf"\nContent-Disposition: attachment; filename="report-${written}.pdf"\nContent-Transfer-Encoding: base64\n\n${blob}\n--mix-${written}--\n`;
        } else mime = alternative;
        const message = `${headers.join('\n')}\n${mime}`.replace(/^From /gm, '>From ');
        if (!out.write(`From ${from} ${new Date(at).toUTCString()}\n${message}\n`)) await once(out, 'drain');
        history = text;
        refs.push(id);
        parent = id;
        at += Math.floor((0.5 + next() * 60) * 3_600_000);
      }
      startMs += Math.floor(next() * 600_000);
    }
    out.end();
    await once(out, 'finish');
    const { rename } = await import('node:fs/promises');
    await rename(`${path}.partial`, path);
  }
  return { path, bytes: (await stat(path)).size, accountsCsv };
}
