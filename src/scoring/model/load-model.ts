import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { checkModel } from './check-model.js';
import type { RawIssue } from './check-normalizer.js';
import { compileModel } from './compile-model.js';
import type { CompiledModel } from './compiled-model.js';
import type { ModelErrorCode, ModelIssue } from './model-error.js';
import { ModelSchema } from './model-schema.js';
import { formatPath, lineOf } from './yaml-location.js';

export type LoadModelResult =
  | { readonly ok: true; readonly model: CompiledModel; readonly version: string }
  | { readonly ok: false; readonly errors: readonly ModelIssue[] };

/**
 * Parses and validates a model file. Never throws for bad input: every problem comes back
 * with its YAML path, line and a closed code, so the CLI can print `file:line: …` and the
 * previous model stays active.
 * @example
 * const r = loadModel(text);
 * if (r.ok) scoreAccount(signals, r.model, '2025-01-01T00:00:00.000Z');
 * else for (const e of r.errors) console.log(formatModelIssue(e, 'model.yaml'));
 */
export function loadModel(text: string): LoadModelResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({ path: '', line: lineCounter.linePos(e.pos[0]).line, message: e.message.split('\n')[0] ?? e.message, code: 'yaml_syntax' as const })),
    };
  }
  const data: unknown = doc.toJS() ?? {};
  const parsed = ModelSchema.safeParse(data);
  const locate = (issue: RawIssue): ModelIssue => ({ path: formatPath(issue.path), line: lineOf(doc, lineCounter, issue.path), message: issue.message, code: issue.code });
  if (!parsed.success) return { ok: false, errors: sortIssues(parsed.error.issues.flatMap((i) => fromZod(i, data)).map(locate)) };
  const issues = checkModel(parsed.data);
  if (issues.length > 0) return { ok: false, errors: sortIssues(issues.map(locate)) };
  const model = compileModel(parsed.data);
  return { ok: true, model, version: model.version };
}

function sortIssues(issues: ModelIssue[]): ModelIssue[] {
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.path.localeCompare(b.path));
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v = data;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

function fromZod(issue: z.core.$ZodIssue, data: unknown): RawIssue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...path, key], code: 'unknown_field' as const, message: `"${key}" is not a setting here` }));
  }
  const last = path[path.length - 1];
  let code: ModelErrorCode = 'invalid_value';
  let message = issue.message;
  if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) {
    code = 'missing_field';
    message = `${String(last ?? 'value')} is required`;
  } else if (last === 'weight' || last === 'ownWeight') code = 'invalid_weight';
  else if (path.includes('normalizer')) code = 'invalid_normalizer';
  return [{ path, code, message }];
}
