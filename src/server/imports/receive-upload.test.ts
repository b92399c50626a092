import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/test-setup.js';
import { ApiProblem } from '../problem.js';
import { receiveUpload } from './receive-upload.js';
import { safeUploadName } from './upload-file-name.js';

const BOUNDARY = 'bw-test-boundary';

type Part = { name: string; filename?: string; body: string };

function multipart(parts: readonly Part[]): string {
  const out = parts.map((p) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}\r\n\r\n${p.body}\r\n`);
  return `${out.join('')}--${BOUNDARY}--\r\n`;
}

/** A request whose body arrives in chunks with no Content-Length, as a chunked upload does. */
function streamed(text: string, chunk = 1024): Request {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + chunk));
      at += chunk;
    },
  });
  return new Request('http://localhost/api/v1/import-jobs', { method: 'POST', body, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, duplex: 'half' } as RequestInit);
}

async function problemOf(p: Promise<unknown>): Promise<ApiProblem> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiProblem);
  return error as ApiProblem;
}

describe('receiveUpload', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir('bw-upload-');
  });
  afterEach(() => temp.remove());

  it('writes each file part to its own file under its sanitised name and keeps the fields', async () => {
    const upload = await receiveUpload(
      streamed(
        multipart([
          { name: 'kind', body: 'tickets' },
          { name: 'file', filename: 'C:\\exports\\tickets.csv', body: 'external_id\nT-1\n' },
          { name: 'file', filename: 'tickets.csv', body: 'external_id\nT-2\n' },
          { name: 'mapping', filename: 'map.yaml', body: 'kind: tickets\n' },
        ]),
        7,
      ),
      { uploadDir: temp.dir, limitBytes: 10_000 },
    );
    expect(upload.files.map((f) => [f.name, f.bytes])).toEqual([
      ['tickets.csv', 16],
      ['tickets-2.csv', 16],
    ]);
    expect(readFileSync(upload.files[1]!.path, 'utf8')).toBe('external_id\nT-2\n');
    expect(upload.fields).toEqual({ kind: 'tickets', mapping: 'kind: tickets\n' });
  });

  it('stops at the limit with a 413 and removes what it wrote, with no Content-Length to go by', async () => {
    const big = 'external_id,name\n' + 'A-1,Acme\n'.repeat(2000);
    const problem = await problemOf(receiveUpload(streamed(multipart([{ name: 'file', filename: 'accounts.csv', body: big }])), { uploadDir: temp.dir, limitBytes: 5_000 }));
    expect(problem.type).toBe('payload-too-large');
    expect(readdirSync(temp.dir)).toEqual([]);
  });

  it('answers 400 for an unknown part or a file no reader takes, naming it, after reading the rest', async () => {
    const problem = await problemOf(
      receiveUpload(
        streamed(
          multipart([
            { name: 'files', filename: 'accounts.csv', body: 'x' },
            { name: 'file', filename: 'report.xlsx', body: 'x' },
            { name: 'file', filename: 'accounts.csv', body: 'external_id,name\nA,B\n' },
          ]),
        ),
        { uploadDir: temp.dir, limitBytes: 10_000 },
      ),
    );
    expect(problem.type).toBe('invalid-request');
    expect(problem.errors?.map((e) => `${e.field} ${e.code}`)).toEqual(['files unknown_part', 'file unsupported_file']);
    expect(problem.detail).toContain('"report.xlsx"');
    expect(readdirSync(temp.dir)).toEqual([]);
  });

  it('answers 400 for a form cut off before its end', async () => {
    const cut = multipart([{ name: 'file', filename: 'accounts.csv', body: 'external_id,name\nA,B\n' }]).slice(0, -30);
    const problem = await problemOf(receiveUpload(streamed(cut), { uploadDir: temp.dir, limitBytes: 10_000 }));
    expect(problem.type).toBe('invalid-request');
    expect(readdirSync(temp.dir)).toEqual([]);
  });

  it('answers 415 for a body that is not multipart', async () => {
    const request = new Request('http://localhost/', { method: 'POST', body: 'a,b', headers: { 'content-type': 'text/csv' } });
    expect((await problemOf(receiveUpload(request, { uploadDir: temp.dir, limitBytes: 10_000 }))).type).toBe('unsupported-media-type');
  });
});

describe('safeUploadName', () => {
  it('keeps the last path segment, replaces odd characters and drops leading dots', () => {
    expect(safeUploadName('../../etc/passwd')).toBe('passwd');
    expect(safeUploadName('C:\\exports\\Usage Days (Q3).csv')).toBe('Usage Days _Q3_.csv');
    expect(safeUploadName('.hidden.csv')).toBe('hidden.csv');
    expect(safeUploadName('Übersicht; rm -rf.csv')).toBe('Übersicht_ rm -rf.csv');
    expect(safeUploadName('../')).toBeUndefined();
    expect(safeUploadName(`${'a'.repeat(300)}.ndjson`)).toBe(`${'a'.repeat(113)}.ndjson`);
  });
});
