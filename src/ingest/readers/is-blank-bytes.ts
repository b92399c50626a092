/** Whether bytes hold nothing but spaces, tabs and line breaks; stops at the first other byte. */
export function isBlankBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x0a && b !== 0x0d && b !== 0x20 && b !== 0x09) return false;
  return true;
}
