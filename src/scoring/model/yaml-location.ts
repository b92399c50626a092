import { isMap, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type IssuePath = readonly (string | number)[];

/** `scorecards.health.components.billing.metrics[0].weight` */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? String(seg) : `.${String(seg)}`;
  return out;
}

/**
 * The 1-based line of the YAML node at `path`: a map entry's key (so a block value points at
 * the line that names it), a list item, or the deepest existing ancestor when the path runs
 * past the document (a missing setting is reported where its parent is).
 */
export function lineOf(doc: Document, lineCounter: LineCounter, path: IssuePath): number | null {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === String(seg));
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else break;
  }
  return offset === undefined ? null : lineCounter.linePos(offset).line;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function keyText(key: unknown): string {
  const k = key as { value?: unknown } | null;
  return k && typeof k === 'object' && 'value' in k ? String(k.value) : String(key);
}
