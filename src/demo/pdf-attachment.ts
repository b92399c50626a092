import type { Random } from './random.js';

export interface MailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

const NAMES = ['QBR-deck', 'Release-notes', 'Renewal-quote', 'Usage-report', 'Onboarding-plan', 'Invoice'] as const;

/**
 * A small file that looks like a PDF (header, one object, a compressed-looking stream, trailer)
 * and is only noise: importers keep an attachment's name, size and type, never its content.
 */
export function pdfAttachment(rng: Random, sentAt: number, bytes: number): MailAttachment {
  const head = `%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Length ${bytes} /Filter /FlateDecode >>\nstream\n`;
  const tail = '\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';
  const out = new Uint8Array(head.length + bytes + tail.length);
  for (let i = 0; i < head.length; i++) out[i] = head.charCodeAt(i);
  for (let i = 0; i < bytes; i += 4) {
    const word = (rng.next() * 4294967296) >>> 0;
    for (let k = 0; k < 4 && i + k < bytes; k++) out[head.length + i + k] = (word >>> (8 * k)) & 255;
  }
  for (let i = 0; i < tail.length; i++) out[head.length + bytes + i] = tail.charCodeAt(i);
  const month = new Date(sentAt).toISOString().slice(0, 7);
  return { filename: `${rng.pick(NAMES)}-${month}.pdf`, contentType: 'application/pdf', bytes: out };
}
