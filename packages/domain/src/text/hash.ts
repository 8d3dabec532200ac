// A stable, dependency-free content hash for plan ids (two 32-bit FNV-1a lanes → 16 hex digits).
// Not for security: it only has to tell documents apart.

/** 16 hex digits that tell texts apart, the same in every runtime: a plan's id, an ETag. Not for security. */
export const contentHash = (text: string): string => {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
};
