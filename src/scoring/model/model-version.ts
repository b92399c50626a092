/**
 * A stable version of a model: FNV-1a (64 bit, as two 32-bit lanes) of the canonical JSON of
 * its validated definition. Comments, quoting and layout of the YAML do not change it; any
 * setting does. Pure JS so the core needs no `node:crypto`.
 */
export function modelVersion(definition: unknown): string {
  return fnv1a64(JSON.stringify(definition));
}

export function fnv1a64(text: string): string {
  // 64-bit FNV-1a done with 16-bit limbs so every product stays exact in a double.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of new TextEncoder().encode(text)) {
    h0 ^= byte;
    // Multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    h0 = t0 & 0xffff;
    const c1 = t1 + (t0 >>> 16);
    h1 = c1 & 0xffff;
    const c2 = t2 + Math.floor(c1 / 0x10000);
    h2 = c2 & 0xffff;
    h3 = (t3 + Math.floor(c2 / 0x10000)) & 0xffff;
  }
  return [h3, h2, h1, h0].map((x) => x.toString(16).padStart(4, '0')).join('');
}
