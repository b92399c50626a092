import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');
const PURE = new Set(['domain', 'nlp', 'communication', 'scoring', 'relationships', 'validation', 'automation']);
const IO_PACKAGES = /^(node:|fs$|path$|kysely|pg$|better-sqlite3|pino|hono|@hono\/|commander|cli-progress)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1] ?? '');
}

const files = sourceFiles(SRC);
const folderOf = (file: string) => relative(SRC, file).split('/')[0] ?? '';
const graph = new Map(files.map((f) => [f, importsOf(f).filter((s) => s.startsWith('.')).map((s) => resolve(dirname(f), s.replace(/\.js$/, '.ts')))]));

describe('import graph', () => {
  it('keeps the pure folders free of I/O: no node:*, drivers, loggers or I/O folders', () => {
    const violations: string[] = [];
    for (const f of files.filter((f) => PURE.has(folderOf(f)))) {
      for (const spec of importsOf(f)) {
        if (!spec.startsWith('.') && IO_PACKAGES.test(spec)) violations.push(`${relative(SRC, f)} imports ${spec}`);
      }
      for (const target of graph.get(f) ?? []) {
        if (!PURE.has(folderOf(target))) violations.push(`${relative(SRC, f)} imports ${relative(SRC, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('lets the store depend on nothing of ours but the domain', () => {
    const bad = files
      .filter((f) => folderOf(f) === 'store')
      .flatMap((f) => (graph.get(f) ?? []).filter((t) => !['store', 'domain'].includes(folderOf(t))).map((t) => `${relative(SRC, f)} → ${relative(SRC, t)}`));
    expect(bad).toEqual([]);
  });

  it('has no import cycles', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(SRC, p)).join(' → '));
        return;
      }
      state.set(f, 'visiting');
      for (const t of graph.get(f) ?? []) visit(t, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
