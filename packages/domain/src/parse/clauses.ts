// Clause (up to a comma) and sentence (up to 。or ;) bounds in folded text.

const CLAUSE_END = /[,,。;;:\n!?]/;
const SENTENCE_END = /[。;;\n!?]/;

const back = (re: RegExp) => (folded: string, at: number, floor: number): number => {
  for (let i = at - 1; i >= floor; i--) if (re.test(folded[i]!)) return i + 1;
  return floor;
};
/** `inclusive`: whether the end includes the terminating character. */
const forward = (re: RegExp, inclusive: boolean) => (folded: string, at: number, ceiling: number): number => {
  for (let i = at; i < ceiling; i++) if (re.test(folded[i]!)) return inclusive ? i + 1 : i;
  return ceiling;
};

export const clauseStart = back(CLAUSE_END);
export const clauseEnd = forward(CLAUSE_END, false);
export const sentenceStart = back(SENTENCE_END);
export const sentenceEnd = forward(SENTENCE_END, true);
