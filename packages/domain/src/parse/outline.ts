// Splits a document into preamble, headings and tasks. Levels follow the order in which
// numbering styles first appear (一、 then (一) then 1. …); tasks are the items with no
// deeper item under them; the rest are headings whose labels make up each task's path.

import { LimitError, LIMITS } from "../limits.js";
import { fold, Joined, type SourceLine } from "../text/source.js";
import { startsNewClause } from "./labels.js";
import { matchMarker, matchMarkerAt, type Marker } from "./markers.js";

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

const piece = (line: SourceLine, from: number, to = line.text.length) => {
  const text = line.text.slice(from, to);
  const lead = text.length - text.trimStart().length;
  return { line: line.number, column: from + lead + 1, text: text.trim() };
};

// Where a marker may stand inside a line whose breaks were lost (text copied out of a PDF, a
// document run into one line): after a sentence, a clause or a list item has closed. Matched on
// folded text, where full-width ):;, are ASCII.
const INSIDE = /[。):;,\s](?=\s*[\d(一二三四五六七八九十①-⑳])/g;
// Only after a full stop or a closed responsibility clause does a task begin inside a line.
const ENDS_TASK = "。)";

export const outline = (lines: readonly SourceLine[]): Outline => {
  const styles: string[] = [];
  // The last item seen at each depth; cleared below a shallower item.
  const open: (Open | undefined)[] = [];
  const items: MutableItem[] = [];
  const preamble: SourceLine[] = [];
  // Styles of the lists that restart at 1 inside the item being read.
  let listedInside = new Set<string>();
  // The last number of each style, across headings: a section may continue the numbering (二、 then 4.).
  const lastValue = new Map<string, number>();

  const begin = (marker: Marker, line: SourceLine) => {
    let depth = styles.indexOf(marker.style);
    if (depth < 0) depth = styles.push(marker.style) - 1;
    open.length = depth;
    const path = [...open.filter((o): o is Open => o !== undefined).map((o) => o.marker.label), marker.label];
    const item: MutableItem = { marker, depth, path, line: line.number, column: marker.start + 1, parentKey: path.slice(0, -1).join("/"), pieces: [] };
    open[depth] = { marker, item };
    lastValue.set(marker.style, marker.value);
    // Checked as items are found: a file of nothing but numbers is refused before it costs much.
    if (items.length >= LIMITS.tasks) throw new LimitError("tasks", `the document has more than ${LIMITS.tasks.toLocaleString("en-US")} numbered items`);
    items.push(item);
    listedInside = new Set();
  };
  // Text of a line from `from` to `to` goes to the item being read, or to the preamble.
  const add = (line: SourceLine, from: number, to: number) => {
    const current = items.at(-1);
    if (current) current.pieces.push(piece(line, from, to));
    else if (from === 0 && to === line.text.length) preamble.push(line);
    else if (line.text.slice(from, to).trim() !== "") preamble.push({ number: line.number, text: line.text.slice(from, to) });
  };
  // Inside a line, an item begins only after a full stop or a closed clause (or a space, see below), and only as the next
  // number of a list already open (2. after 1., 二、 after 一、) or as the 1 of the level just
  // below the item being read; a first 1 or 一 ends the preamble. A document with no item at the
  // start of any line (run into one line) may also open a new level there. A list that restarts
  // at 1 inside an item ("措施:1.…。2.…") is that item's text, and so are its later numbers.
  const lineMarkers = lines.some((line) => matchMarker(fold(line.text)) !== null);
  const startsInside = (marker: Marker, after: string): boolean => {
    const closes = ENDS_TASK.includes(after);
    if (items.length === 0) return !lineMarkers && marker.value === 1 && (closes || after === ":" || /\s/.test(after));
    if (closes && !listedInside.has(marker.style)) {
      const depth = styles.indexOf(marker.style);
      const previous = depth < 0 ? undefined : open[depth];
      if (previous !== undefined ? marker.value === previous.marker.value + 1 : marker.value === 1 && (depth < 0 ? !lineMarkers : depth === items.at(-1)!.depth + 1)) return true;
    }
    // After a space (a page's cells run into one line: "…合计 24 4.新投放…"), only the next number of the list being read.
    if (/\s/.test(after) && !listedInside.has(marker.style) && marker.style === "num") {
      const previous = open[styles.indexOf(marker.style)];
      if (previous !== undefined && marker.value === previous.marker.value + 1) return true;
    }
    if (marker.value === 1) listedInside.add(marker.style);
    return false;
  };

  // Whether the last non-blank line closed a sentence: a marker there is a new item even when
  // its number is out of sequence (a duplicated or misnumbered task), while "1." after a line
  // broken mid-sentence is more likely a decimal such as 1.08万 split by the break.
  let atBoundary = true;
  for (const line of lines) {
    const folded = fold(line.text);
    const first = matchMarker(folded);
    const accepted = first !== null && (atBoundary || inSequence(first, styles, open, lastValue.get(first.style)));
    if (folded.trim() !== "") atBoundary = SENTENCE_END.test(folded.trimEnd());
    let from = 0;
    if (accepted) {
      begin(first, line);
      from = first.end;
    }
    for (INSIDE.lastIndex = from; INSIDE.exec(folded) !== null; ) {
      const after = folded[INSIDE.lastIndex - 1]!;
      const marker = matchMarkerAt(folded, INSIDE.lastIndex);
      if (marker === null || !startsInside(marker, after)) continue;
      add(line, from, INSIDE.lastIndex);
      begin(marker, line);
      from = marker.end;
      INSIDE.lastIndex = from;
    }
    add(line, from, line.text.length);
  }

  const result = items.map((item, i) => ({
    marker: item.marker,
    depth: item.depth,
    path: item.path,
    line: item.line,
    column: item.column,
    parentKey: item.parentKey,
    block: new Joined(item.pieces, startsNewClause),
    isTask: !(items[i + 1] && items[i + 1]!.depth > item.depth),
  }));
  return { preamble, items: result };
};

const SENTENCE_END = /[。;!?):]$/;

const inSequence = (marker: Marker, styles: readonly string[], open: readonly (Open | undefined)[], last: number | undefined): boolean => {
  const depth = styles.indexOf(marker.style);
  // A style never seen before opens a new level: its list must start near 1.
  if (depth < 0) return marker.value <= 3;
  const previous = open[depth];
  // Under a new heading a list starts near 1, or carries on the numbering of the last section.
  if (!previous) return marker.value <= 3 || marker.value === (last ?? 0) + 1;
  return marker.value >= previous.marker.value && marker.value <= previous.marker.value + MAX_GAP;
};
