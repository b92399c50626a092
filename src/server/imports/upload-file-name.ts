/** Longest name kept for an uploaded file, extension included. */
const MAX_NAME = 120;

/**
 * A client's file name made safe to create in the upload directory: the last path segment
 * only (browsers on Windows send `C:\…\accounts.csv`), letters, digits, `.`, `_`, `-` and
 * spaces kept, anything else `_`, no leading dots, at most 120 characters with the
 * extension kept, since the extension picks the reader and the name the kind.
 *
 * @example safeUploadName('../../etc/passwd') // 'passwd'
 * @example safeUploadName('C:\\exports\\Usage Days (Q3).csv') // 'Usage Days _Q3_.csv'
 */
export function safeUploadName(name: string): string | undefined {
  const last = name.split(/[/\\]/).pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  if (cleaned === '') return undefined;
  if (cleaned.length <= MAX_NAME) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_NAME - ext.length) + ext;
}

/** `name`, or `stem-2.ext`, `stem-3.ext` … when an earlier part of the upload took it. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
