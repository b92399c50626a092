import { mkdir, mkdtemp } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';

/**
 * A fresh directory under the configured upload directory for one upload or push; its
 * path is absolute, so the import runs name their files the same way whatever the
 * server's working directory.
 */
export async function makeUploadDir(uploadDir: string, prefix: 'upload' | 'push'): Promise<string> {
  const root = resolve(uploadDir);
  await mkdir(root, { recursive: true });
  return mkdtemp(join(root, `${prefix}-`));
}

/**
 * How a stored import names its file to an API client: an upload's or push's file by its
 * own name (`accounts.csv`, `tickets.ndjson`), not by the temporary directory the server
 * kept it in; a file the CLI imported by the path it was given.
 */
export function displayFileName(sourceFile: string, uploadDir: string): string {
  return sourceFile.startsWith(resolve(uploadDir) + sep) ? basename(sourceFile) : sourceFile;
}
