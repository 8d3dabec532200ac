// Marks text inside quotation marks and book-title marks: “5511”工程, 《十三五规划》.
// Quantities there are names, never targets.

const PAIRS: Record<string, string> = { "“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉", '"': '"' };
const OPENERS = /[“‘「『《〈"]/g;
// An unclosed quote is ended at the sentence's end, and no quoted name runs longer than
// MAX_QUOTE, so a stray quotation mark cannot hide the rest of a task.
const LIMITS = ["。", ";", ";", "\n"];
const MAX_QUOTE = 80;

export const quotedMask = (folded: string): Uint8Array => {
  const mask = new Uint8Array(folded.length);
  OPENERS.lastIndex = 0;
  for (let m = OPENERS.exec(folded); m; m = OPENERS.exec(folded)) {
    const open = m.index;
    const window = folded.slice(open + 1, open + 1 + MAX_QUOTE);
    let end = window.indexOf(PAIRS[m[0]]!);
    if (end < 0) end = window.length;
    for (const limit of LIMITS) {
      const at = window.indexOf(limit);
      if (at >= 0 && at < end) end = at;
    }
    end += open + 1;
    mask.fill(1, open, end + 1);
    OPENERS.lastIndex = end + 1;
  }
  return mask;
};
