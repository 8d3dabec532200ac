// Clause (up to a comma) and sentence (up to 。or ;) bounds in folded text.

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLAUSE_END = codes(",,。;;:\n!?");
const SENTENCE_END = codes("。;;\n!?");

// No real clause or sentence is longer than this; the bound keeps text without punctuation
// (a flattened table, a corrupt file) from making every look-up scan the whole block.
const MAX_REACH = 500;

const back =
  (ends: Set<number>) =>
  (folded: string, at: number, floor: number): number => {
    const limit = Math.max(floor, at - MAX_REACH);
    for (let i = at - 1; i >= limit; i--) if (ends.has(folded.charCodeAt(i))) return i + 1;
    return limit;
  };
/** `inclusive`: whether the end includes the terminating character. */
const forward =
  (ends: Set<number>, inclusive: boolean) =>
  (folded: string, at: number, ceiling: number): number => {
    const limit = Math.min(ceiling, at + MAX_REACH);
    for (let i = at; i < limit; i++) if (ends.has(folded.charCodeAt(i))) return inclusive ? i + 1 : i;
    return limit;
  };

export const clauseStart = back(CLAUSE_END);
export const clauseEnd = forward(CLAUSE_END, false);
export const sentenceStart = back(SENTENCE_END);
export const sentenceEnd = forward(SENTENCE_END, true);
