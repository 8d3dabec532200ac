// Marks text inside quotation marks and book-title marks: “5511”工程, 《十三五规划》.
// Quantities there are names, never targets.

const PAIRS: Record<string, string> = { "“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉", '"': '"' };
// An unclosed quote is ended at the sentence's end so it cannot hide the rest of a task.
const LIMIT = /[。;;\n]/;

export const quotedMask = (folded: string): Uint8Array => {
  const mask = new Uint8Array(folded.length);
  for (let i = 0; i < folded.length; i++) {
    const close = PAIRS[folded[i]!];
    if (close === undefined) continue;
    let j = i + 1;
    while (j < folded.length && folded[j] !== close && !LIMIT.test(folded[j]!)) j++;
    mask.fill(1, i, j + 1);
    i = j;
  }
  return mask;
};
