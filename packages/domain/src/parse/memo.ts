// A function of a string remembered for the strings it was last asked: tables ask what the same
// cells and column names hold many times over (every unit cell of a long table is 市财政局).
// Bounded, so that a document of distinct strings costs no more memory than a few thousand.

const MAX_ENTRIES = 4096;

export const memo = <T>(fn: (text: string) => T): ((text: string) => T) => {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
};
