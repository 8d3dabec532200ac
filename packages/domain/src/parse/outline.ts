// Splits a document into preamble, headings and tasks. Levels follow the order in which
// numbering styles first appear (一、 then (一) then 1. …); tasks are the items with no
// deeper item under them; the rest are headings whose labels make up each task's path.

import { fold, Joined, type SourceLine } from "../text/source.js";
import { opensWithLabel } from "./labels.js";
import { matchMarker, type Marker } from "./markers.js";

export interface OutlineItem {
  readonly marker: Marker;
  readonly depth: number;
  /** Labels of the enclosing headings and of this item. */
  readonly path: readonly string[];
  readonly line: number;
  readonly column: number;
  /** The item's text after its marker, lines rejoined. */
  readonly block: Joined;
  /** Path of the parent heading, as a key for sibling checks. */
  readonly parentKey: string;
  isTask: boolean;
}

export interface Outline {
  /** Lines before the first item. */
  readonly preamble: readonly SourceLine[];
  readonly items: readonly OutlineItem[];
}

// How far a sibling number may jump and still be read as the next item: leaves room for a
// removed or duplicated task, while a line that merely starts with "1." inside task 12 is text.
const MAX_GAP = 5;

interface Open {
  readonly marker: Marker;
  readonly item: MutableItem;
}
interface MutableItem {
  marker: Marker;
  depth: number;
  path: string[];
  line: number;
  column: number;
  parentKey: string;
  pieces: { line: number; column: number; text: string }[];
}

const piece = (line: SourceLine, from: number) => {
  const text = line.text.slice(from);
  const lead = text.length - text.trimStart().length;
  return { line: line.number, column: from + lead + 1, text: text.trim() };
};

export const outline = (lines: readonly SourceLine[]): Outline => {
  const styles: string[] = [];
  // The last item seen at each depth; cleared below a shallower item.
  const open: (Open | undefined)[] = [];
  const items: MutableItem[] = [];
  const preamble: SourceLine[] = [];

  // Whether the last non-blank line closed a sentence: a marker there is a new item even when
  // its number is out of sequence (a duplicated or misnumbered task), while "1." after a line
  // broken mid-sentence is more likely a decimal such as 1.08万 split by the break.
  let atBoundary = true;
  for (const line of lines) {
    const folded = fold(line.text);
    const marker = matchMarker(folded);
    const accepted = marker !== null && (atBoundary || inSequence(marker, styles, open));
    if (folded.trim() !== "") atBoundary = SENTENCE_END.test(folded.trimEnd());
    if (!accepted) {
      const current = items.at(-1);
      if (current) current.pieces.push(piece(line, 0));
      else preamble.push(line);
      continue;
    }
    let depth = styles.indexOf(marker.style);
    if (depth < 0) depth = styles.push(marker.style) - 1;
    open.length = depth;
    const path = [...open.filter((o): o is Open => o !== undefined).map((o) => o.marker.label), marker.label];
    const item: MutableItem = {
      marker,
      depth,
      path,
      line: line.number,
      column: marker.start + 1,
      parentKey: path.slice(0, -1).join("/"),
      pieces: [piece(line, marker.end)],
    };
    open[depth] = { marker, item };
    items.push(item);
  }

  const result = items.map((item, i) => ({
    marker: item.marker,
    depth: item.depth,
    path: item.path,
    line: item.line,
    column: item.column,
    parentKey: item.parentKey,
    block: new Joined(item.pieces, opensWithLabel),
    isTask: !(items[i + 1] && items[i + 1]!.depth > item.depth),
  }));
  return { preamble, items: result };
};

const SENTENCE_END = /[。;;!?!?)):]$/;

const inSequence = (marker: Marker, styles: readonly string[], open: readonly (Open | undefined)[]): boolean => {
  const depth = styles.indexOf(marker.style);
  // A style never seen before opens a new level: its list must start near 1.
  if (depth < 0) return marker.value <= 3;
  const previous = open[depth];
  if (!previous) return marker.value <= 3;
  return marker.value >= previous.marker.value && marker.value <= previous.marker.value + MAX_GAP;
};
