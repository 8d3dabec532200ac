// The document as lines, plus "logical" texts that rejoin lines broken mid-sentence while
// remembering where every character came from, so findings can point at line and column.

import type { Position } from "../models/position.js";

// Brackets of every shape read alike: 〔责任单位:…〕 and 【…】 are clauses like (…).
const BRACKETS: Record<string, string> = { "\u3014": "(", "\u3015": ")", "\u3010": "(", "\u3011": ")", "\u3000": " " };

/**
 * Full-width ASCII, the ideographic space and the lenticular and tortoise-shell brackets, folded
 * to ASCII one character for one so that indices stay aligned.
 */
export const fold = (text: string): string => (FOLDABLE.test(text) ? text.replace(FOLDABLE_ALL, foldOne) : text);

const FOLDABLE = /[\uFF01-\uFF5E\u3000\u3010\u3011\u3014\u3015]/;
const FOLDABLE_ALL = new RegExp(FOLDABLE.source, "g");
const foldOne = (ch: string): string => BRACKETS[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0);

export interface SourceLine {
  /** 1-based. */
  readonly number: number;
  readonly text: string;
}

export const splitLines = (text: string): SourceLine[] => text.split(/\r\n|\r|\n|\u2028|\u2029/).map((line, i) => ({ number: i + 1, text: line }));

interface Segment {
  /** Offset in the joined text where this piece starts. */
  readonly at: number;
  readonly line: number;
  /** 1-based column of the piece's first character in its line. */
  readonly column: number;
}

const isAlnum = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Text joined from pieces of lines, with the origin of every offset. */
export class Joined {
  readonly text: string;
  /** `text` folded with `fold`, for matching. */
  readonly folded: string;
  private readonly segments: readonly Segment[];

  /**
   * A piece marked `breakBefore` keeps the line break before it too.
   * @param newlineBefore pieces for which a line break is kept (a labelled field line such as
   *   牵头单位:…), since they start something new rather than continue a broken sentence.
   *   It is given the piece's folded text and its index.
   */
  constructor(pieces: readonly { line: number; column: number; text: string; breakBefore?: boolean }[], newlineBefore?: (text: string, index: number) => boolean) {
    const segments: Segment[] = [];
    let text = "";
    let lastCode = 0;
    for (const [index, piece] of pieces.entries()) {
      if (piece.text === "") continue;
      // Chinese joins without a space; words in Latin script must not run together.
      if (text !== "" && (piece.breakBefore === true || newlineBefore?.(fold(piece.text), index))) text += "\n";
      else if (isAlnum(lastCode) && /^[A-Za-z]/.test(piece.text)) text += " ";
      segments.push({ at: text.length, line: piece.line, column: piece.column });
      text += piece.text;
      // Read from the piece, not from `text`: a character read from a string built by += makes
      // V8 flatten it, which would make joining a long block quadratic.
      lastCode = piece.text.charCodeAt(piece.text.length - 1);
    }
    this.text = text;
    this.folded = fold(text);
    this.segments = segments;
  }

  /** Blocks one after another, `separator` between them, each character still pointing at its source. */
  static concat(blocks: readonly Joined[], separator = "\n"): Joined {
    const joined = new Joined([]);
    let text = "";
    const segments: Segment[] = [];
    for (const block of blocks) {
      if (block.text === "") continue;
      if (text !== "") text += separator;
      for (const segment of block.segments) segments.push({ ...segment, at: segment.at + text.length });
      text += block.text;
    }
    return Object.assign(joined, { text, folded: fold(text), segments });
  }

  /** Where the character at `offset` stood in the source. */
  position(offset: number): Position {
    const segs = this.segments;
    if (segs.length === 0) return { line: 1, column: 1 };
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.at <= offset) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo]!;
    return { line: seg.line, column: seg.column + Math.max(0, offset - seg.at) };
  }

  /** True when [start, end) runs across a line break of the source. */
  spansBreak(start: number, end: number): boolean {
    return end - start > 1 && this.position(start).line !== this.position(end - 1).line;
  }
}

// Punctuation that never ends a title or a name, in folded form: full-width ，；：。 count too.
const EDGE_PUNCT = new Set([..." \t\n\r。.,;:、!?"].map((c) => c.charCodeAt(0)));

/** `text` without trailing whitespace and clause punctuation, full-width or ASCII (titles, areas, milestones). */
export const trimTrailingPunctuation = (text: string): string => {
  const folded = fold(text);
  let end = folded.length;
  while (end > 0 && EDGE_PUNCT.has(folded.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && /\s/.test(folded[start]!)) start++;
  return text.slice(start, end);
};
