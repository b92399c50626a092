import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { readerFor } from '../../ingest/index.js';
import { ApiProblem, type FieldError } from '../problem.js';
import { makeUploadDir } from './upload-dir.js';
import { safeUploadName, uniqueName } from './upload-file-name.js';

/** The text fields an upload may carry besides its files. */
export const UPLOAD_FIELDS = ['kind', 'encoding', 'delimiter', 'mapping'] as const;
export type UploadField = (typeof UPLOAD_FIELDS)[number];

/** Largest mapping (and any other text field) accepted: a mapping is a few lines of YAML. */
const FIELD_MAX_BYTES = 256 * 1024;

export interface UploadedFile {
  /** The client's file name, sanitised; what reports call the file. */
  readonly name: string;
  /** Where it was written, inside the upload's directory. */
  readonly path: string;
  readonly bytes: number;
}

export interface ReceivedUpload {
  /** The upload's own directory; the caller removes it when done with the files. */
  readonly dir: string;
  readonly files: readonly UploadedFile[];
  readonly fields: Readonly<Partial<Record<UploadField, string>>>;
}

export interface ReceiveUploadOptions {
  readonly uploadDir: string;
  /** Most bytes accepted over all parts, files and fields together. */
  readonly limitBytes: number;
}

const tooLarge = (limit: number) => new ApiProblem('payload-too-large', `The upload is larger than the limit of ${formatBytes(limit)} (all files together).`);

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${n} bytes`;
}

/**
 * Streams a `multipart/form-data` upload to a fresh directory under `uploadDir`: each
 * `file` part to its own file as it arrives (never whole in memory), the text fields
 * (`kind`, `encoding`, `delimiter`, and `mapping` as a field or a file part) kept.
 * Past `limitBytes` it stops reading and answers 413; a file whose extension no reader
 * takes, an unknown part or no file at all is a 400 naming it. On any failure the
 * directory and what was written are removed.
 */
export async function receiveUpload(request: Request, options: ReceiveUploadOptions): Promise<ReceivedUpload> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) throw new ApiProblem('unsupported-media-type', 'Send the files as multipart/form-data, one "file" part each.');
  if (!request.body) throw new ApiProblem('invalid-request', 'The upload has no body; send at least one "file" part.');
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8', limits: { fieldSize: FIELD_MAX_BYTES, fields: 20, parts: 1000 } });
  } catch (error) {
    throw new ApiProblem('invalid-request', `The multipart body cannot be read: ${(error as Error).message}`);
  }
  const dir = await makeUploadDir(options.uploadDir, 'upload');
  try {
    return await receiveInto(dir, Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>), parser, options.limitBytes);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

function receiveInto(dir: string, source: Readable, parser: busboy.Busboy, limit: number): Promise<ReceivedUpload> {
  const files: UploadedFile[] = [];
  const fields: Partial<Record<UploadField, string>> = {};
  const errors: FieldError[] = [];
  const taken = new Set<string>();
  const writes: Promise<void>[] = [];
  let received = 0;

  return new Promise<ReceivedUpload>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      source.destroy();
      parser.destroy();
      // The file streams end with the parser; wait for them so nothing is still writing when the directory is removed.
      void Promise.allSettled(writes).then(() => reject(error));
    };
    const count = (bytes: number): boolean => {
      received += bytes;
      if (received <= limit) return true;
      fail(tooLarge(limit));
      return false;
    };

    parser.on('file', (part, stream, info) => {
      if (part === 'mapping') {
        writes.push(
          readText(stream, count).then((text) => {
            if (text === undefined) errors.push({ field: 'mapping', in: 'form', code: 'too_big', message: `The mapping is longer than ${FIELD_MAX_BYTES / 1024} KiB.` });
            else fields.mapping = text;
          }),
        );
        return;
      }
      if (part !== 'file') {
        errors.push({ field: part, in: 'form', code: 'unknown_part', message: `Unexpected file part "${part}"; send each file as a part named "file".` });
        stream.resume();
        return;
      }
      const name = safeUploadName(info.filename ?? '');
      if (!name || !readerFor(name)) {
        const shown = info.filename || '(no file name)';
        errors.push({ field: 'file', in: 'form', code: 'unsupported_file', message: `"${shown}": not a file Bellwether reads; name CSV or NDJSON files .csv, .tsv, .txt, .ndjson or .jsonl after what they hold (accounts.csv, tickets.ndjson), mail .eml or .mbox, calendars .ics.` });
        stream.resume();
        return;
      }
      const unique = uniqueName(name, taken);
      taken.add(unique.toLowerCase());
      const file = { name: unique, path: join(dir, unique), bytes: 0 };
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          file.bytes += chunk.length;
          if (count(chunk.length)) done(null, chunk);
          else done(tooLarge(limit));
        },
      });
      files.push(file);
      // A failed write (the disk full) fails the upload at once: its part, no longer read, would stall the parser.
      writes.push(pipeline(stream, counter, createWriteStream(file.path, { flags: 'wx' })).catch(fail));
    });

    parser.on('field', (name, value, info) => {
      if (!count(Buffer.byteLength(name) + Buffer.byteLength(value))) return;
      if (!(UPLOAD_FIELDS as readonly string[]).includes(name)) {
        errors.push({ field: name, in: 'form', code: 'unknown_field', message: `Unexpected field "${name}"; the fields are ${UPLOAD_FIELDS.join(', ')}.` });
      } else if (info.valueTruncated) {
        errors.push({ field: name, in: 'form', code: 'too_big', message: `"${name}" is longer than ${FIELD_MAX_BYTES / 1024} KiB.` });
      } else fields[name as UploadField] = value;
    });
    const tooMany = (what: string) => () => fail(new ApiProblem('invalid-request', `The upload has too many ${what}.`));
    parser.on('partsLimit', tooMany('parts'));
    parser.on('fieldsLimit', tooMany('fields'));
    parser.on('error', (error: Error) => fail(new ApiProblem('invalid-request', `The multipart body cannot be read: ${error.message}`)));
    source.on('error', (error: Error) => fail(new ApiProblem('invalid-request', `The upload was cut off: ${error.message}`)));
    parser.on('close', () => {
      Promise.all(writes).then(() => {
        if (settled) return;
        if (errors.length === 0 && files.length === 0) errors.push({ field: 'file', in: 'form', code: 'missing_file', message: 'Send at least one CSV or NDJSON file as a part named "file".' });
        if (errors.length > 0) return fail(new ApiProblem('invalid-request', errors.map((e) => e.message).join(' '), errors));
        settled = true;
        resolve({ dir, files, fields });
      }, fail);
    });
    source.pipe(parser);
  });
}

/**
 * A small text part (the mapping), counted against the upload's limit; `undefined` when
 * longer than a field may be. Read to its end whatever its size: a part left unread would
 * stall the parser.
 */
function readText(stream: Readable, count: (bytes: number) => boolean): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    stream.on('data', (chunk: Buffer) => {
      if (!count(chunk.length)) return;
      bytes += chunk.length;
      if (bytes <= FIELD_MAX_BYTES) chunks.push(chunk);
    });
    stream.on('end', () => resolve(bytes <= FIELD_MAX_BYTES ? Buffer.concat(chunks).toString('utf8') : undefined));
    stream.on('error', reject);
  });
}
