import type { EditorIssue } from './yaml-editor.tsx';

/** The problems of a 400 answer to a model: each field with its YAML line; else the problem's text. */
export function modelProblems(error: unknown): readonly EditorIssue[] {
  const p = error as { errors?: ReadonlyArray<{ field: string; message: string; line?: number; code?: string }>; detail?: string; title?: string } | undefined;
  if (p?.errors && p.errors.length > 0) return p.errors.map((e) => ({ field: e.field, message: e.message, ...(e.line !== undefined ? { line: e.line } : {}), ...(e.code ? { code: e.code } : {}) }));
  return [{ field: 'model', message: p?.detail ?? p?.title ?? 'The server could not read the model.' }];
}
