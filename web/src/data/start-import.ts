import { problemText, type Schemas } from '../api/api.ts';

export type ImportJob = Schemas['ImportJob'];

/**
 * Uploads files as an import job (multipart, one `file` part each). Plain fetch: the typed
 * client models the parts as strings, while the browser streams File objects as they are.
 */
export async function startImport(files: readonly File[], kind?: string): Promise<ImportJob> {
  const form = new FormData();
  if (kind) form.append('kind', kind);
  for (const f of files) form.append('file', f, f.name);
  const res = await fetch('/api/v1/import-jobs', { method: 'POST', body: form, credentials: 'same-origin' });
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw Object.assign(new Error(problemText(body)), { problem: body, status: res.status });
  return body as ImportJob;
}
