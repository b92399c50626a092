import type { SignalAccount } from '../account-signals.js';
import type { CompiledModel, CompiledSegment } from '../model/compiled-model.js';
import { SEGMENT_ATTRIBUTES } from '../model/segment-attributes.js';

const BUILT_IN: ReadonlySet<string> = new Set(SEGMENT_ATTRIBUTES);

/** The first segment of the model whose every condition the account meets, if any. */
export function segmentOf(account: SignalAccount, model: CompiledModel): CompiledSegment | undefined {
  return model.segments.find((seg) =>
    seg.matchers.every((m) => m.test(BUILT_IN.has(m.attribute) ? (account as unknown as Record<string, unknown>)[m.attribute] : account.attributes[m.attribute])),
  );
}
