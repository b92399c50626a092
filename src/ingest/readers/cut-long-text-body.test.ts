import { describe, expect, it } from 'vitest';
import { cutLongTextBody } from './cut-long-text-body.js';

const MB = 1024 * 1024;
const body = (bytes: number) => Buffer.from(Array.from({ length: Math.ceil(bytes / 50) }, (_, i) => `${String(i).padStart(8, '0')} ${'x'.repeat(40)}\n`).join(''));
const message = (headers: string, bytes: number) => Buffer.concat([Buffer.from(`${headers}\n\n`), body(bytes)]);

describe('cutLongTextBody', () => {
  it('cuts a long text/plain or header-less message to about 1 MB of body, at a line end', () => {
    for (const headers of ['Subject: log\nContent-Type: text/plain; charset=utf-8', 'Subject: no content type']) {
      const long = message(headers, 5 * MB);
      const cut = cutLongTextBody(long, headers);
      const bodyStart = headers.length + 2;
      expect(cut.byteLength).toBeGreaterThan(bodyStart + MB - 100);
      expect(cut.byteLength).toBeLessThanOrEqual(bodyStart + MB);
      expect(cut[cut.byteLength - 1]).toBe(0x0a);
      expect(Buffer.from(cut).equals(long.subarray(0, cut.byteLength))).toBe(true);
    }
  });

  it('leaves short messages, multipart messages and other single parts whole', () => {
    const short = message('Content-Type: text/plain', MB);
    expect(cutLongTextBody(short, 'Content-Type: text/plain')).toBe(short);
    for (const headers of ['Content-Type: multipart/mixed; boundary="b"', 'Content-Type: application/pdf']) {
      const long = message(headers, 5 * MB);
      expect(cutLongTextBody(long, headers).byteLength).toBe(long.byteLength);
    }
  });
});
