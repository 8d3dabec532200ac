// Splits a document into preamble, headings and tasks. Levels follow the conventional order of
// numbering styles (一、 > (一) > 1. > (1), see markers.ts), whichever a document prints first;
// tasks are the items with no deeper item under them; the rest are headings whose labels make
// up each task's path. A short line without a number between two items (农业农村) is a group
// heading of its own, not the end of the item above it.

import { LimitError, LIMITS } from "../limits.js";
import { fold, Joined, type SourceLine } from "../text/source.js";
import { alternation, isFootnote, OTHER_LABEL, startsNewClause } from "./labels.js";
import { looksLikePerson, looksLikeUnitName } from "./units.js";
import { ATTACHMENT_LABELS, PART_REFERENCES, ROLE_VERBS } from "./vocabulary.js";
import { matchMarker, matchMarkerAt, STYLE_RANK, type Marker, type MarkerStyle } from "./markers.js";

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
  /** Whether its first line is a short heading over lines of text (三、保障措施 / 加强组织领导…). */
  readonly opensWithHeading: boolean;
  isTask: boolean;
}

/** An unnumbered heading between items: it names the items after it. */
export interface GroupHeading {
  readonly line: number;
  readonly text: string;
}

export interface Outline {
  /** Lines before the first item. */
  readonly preamble: readonly SourceLine[];
  readonly items: readonly OutlineItem[];
  readonly groups: readonly GroupHeading[];
  /** Notes below the items: 注:…, 说明:…. */
  readonly footnotes: readonly SourceLine[];
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
  /** The conventional rank of its style (markers.ts); depths are worked out once every rank in use is known. */
  rank: number;
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
// In a document run into one line a heading may run straight into its first item with nothing
// between (二、重点任务(一)开展…, (一)完善管理制度1.建立…): a (一) or a 1. after a word of such a
// heading begins an item too.
const INSIDE = /[。):;,\s](?=\s*[\d(一二三四五六七八九十①-⑳])|[\u4E00-\u9FFF](?=\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、][\u4E00-\u9FFF])/g;
// A word that refers to a part (第(二)部分) ends the text before a number that is no item.
const PART_REFERENCE = new RegExp(`(?:${alternation(PART_REFERENCES)})\\s*$`);
// A heading is short and has no punctuation of its own.
const RUN_IN_HEADING = /^[\u4E00-\u9FFF\s]{1,20}$/;
// Only after a full stop or a closed responsibility clause does a task begin inside a line.
const ENDS_TASK = "。)";

export const outline = (lines: readonly SourceLine[]): Outline => {
  // Levels by the conventional rank of their style: ranks in use, and the last item seen at each
  // rank (cleared below a shallower item).
  const ranks = new Set<number>();
  const open: (Open | undefined)[] = [];
  const items: MutableItem[] = [];
  const preamble: SourceLine[] = [];
  const groups: GroupHeading[] = [];
  const footnotes: SourceLine[] = [];
  // Styles of the lists that restart at 1 inside the item being read.
  let listedInside = new Set<string>();
  // The last number of each style, across headings: a section may continue the numbering (二、 then 4.).
  const lastValue = new Map<string, number>();

  const begin = (marker: Marker, line: SourceLine) => {
    const rank = STYLE_RANK[marker.style];
    ranks.add(rank);
    open.length = rank;
    const path = [...open.filter((o): o is Open => o !== undefined).map((o) => o.marker.label), marker.label];
    const item: MutableItem = { marker, rank, path, line: line.number, column: marker.start + 1, parentKey: path.slice(0, -1).join("/"), pieces: [] };
    open[rank] = { marker, item };
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
  // The next number of the list open at the marker's level.
  const isNext = (marker: Marker) => {
    const previous = open[STYLE_RANK[marker.style]];
    return previous !== undefined && marker.value === previous.marker.value + 1;
  };
  // Inside a line, an item begins only after a full stop or a closed clause (or a space, see below), and only as the next
  // number of a list already open (2. after 1., 二、 after 一、) or as the 1 of the level just
  // below the item being read; a first 1 or 一 ends the preamble. A document with no item at the
  // start of any line (run into one line) may also open a new level there. A list that restarts
  // at 1 inside an item ("措施:1.…。2.…") is that item's text, and so are its later numbers.
  const lineMarkers = lines.some((line) => matchMarker(fold(line.text)) !== null);
  const startsInside = (marker: Marker, after: string, since: string): boolean => {
    // A number run on after a word (glued to it) that refers to a part (第(二)部分, 第2、第3批) begins nothing.
    const glued = /[\u4E00-\u9FFF]/.test(after);
    if (glued && PART_REFERENCE.test(since + after)) return false;
    // In a document run into one line, a space is where a paragraph ended; so is the end of a
    // heading begun on this line where a (一) or a 1. follows it straight away.
    const headingEnds = !lineMarkers && glued && (marker.style === "cn-paren" || marker.style === "num") && items.at(-1)?.pieces.length === 0 && RUN_IN_HEADING.test(since);
    // Run on after the last word of an item with nothing between (…各区属国企(二)深化…, …区住建局2.推进…),
    // the next number of a list already open begins an item: a reference is rarely the next one.
    if (glued && !headingEnds) return !lineMarkers && !marker.weak && isNext(marker);
    const closes = ENDS_TASK.includes(after) || (!lineMarkers && /\s/.test(after)) || headingEnds;
    if (marker.weak) return closes && isNext(marker);
    if (items.length === 0) return !lineMarkers && marker.value === 1 && (closes || after === ":" || /\s/.test(after));
    const rank = STYLE_RANK[marker.style];
    if (closes && !listedInside.has(marker.style)) {
      // Under a new heading, a list starts at 1 or carries on the numbering of the one before (二、 then 4.).
      const opens = marker.value === 1 || marker.value === (lastValue.get(marker.style) ?? -1) + 1;
      if (open[rank] !== undefined ? isNext(marker) : opens && (!ranks.has(rank) ? !lineMarkers : rank === nextRank(ranks, items.at(-1)!.rank))) return true;
    }
    // After a space (a page's cells run into one line: "…合计 24 4.新投放…"), only the next number of the list being read.
    if (/\s/.test(after) && !listedInside.has(marker.style) && marker.style === "num" && isNext(marker)) return true;
    if (marker.value === 1) listedInside.add(marker.style);
    return false;
  };

  // Whether the last non-blank line closed a sentence: a marker there is a new item even when
  // its number is out of sequence (a duplicated or misnumbered task), while "1." after a line
  // broken mid-sentence is more likely a decimal such as 1.08万 split by the break.
  let atBoundary = true;
  let attachments = false;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    const folded = fold(line.text);
    const first = matchMarker(folded);
    // A list the item being read opened in its own text ("农村危房改造:(1)…") goes on in it at the start of a line too.
    const insideList = first !== null && listedInside.has(first.style) && !isNext(first);
    const accepted =
      first !== null &&
      !insideList &&
      (first.weak ? isNext(first) || (atBoundary && first.value === 1 && open[STYLE_RANK[first.style]] === undefined) : atBoundary || inSequence(first, ranks, open, lastValue.get(first.style)));
    if (!accepted && atBoundary && items.length > 0 && isGroupHeading(folded, lines, l)) {
      groups.push({ line: line.number, text: line.text.trim() });
      continue;
    }
    // A note below the items (注:…, 说明:…) is the document's, not the last item's; so is a list
    // of attachments (附件:1.…  2.…  3.…), whose numbers name documents, not tasks.
    if (ATTACHMENTS.test(folded)) attachments = true;
    else if (attachments && (first === null || first.style !== "num")) attachments = false;
    if (attachments || (!accepted && atBoundary && items.length > 0 && isFootnote(folded))) {
      if (items.length === 0) preamble.push(line);
      else footnotes.push(line);
      continue;
    }
    if (folded.trim() !== "") atBoundary = SENTENCE_END.test(folded.trimEnd());
    let from = 0;
    if (accepted) {
      begin(first, line);
      from = first.end;
    }
    for (INSIDE.lastIndex = from; INSIDE.exec(folded) !== null; ) {
      const after = folded[INSIDE.lastIndex - 1]!;
      const marker = matchMarkerAt(folded, INSIDE.lastIndex);
      if (marker === null || !startsInside(marker, after, folded.slice(from, INSIDE.lastIndex - 1))) continue;
      add(line, from, INSIDE.lastIndex);
      begin(marker, line);
      from = marker.end;
      INSIDE.lastIndex = from;
    }
    add(line, from, line.text.length);
  }

  // Where items are grouped so, the first group's heading stands just above the first item.
  const lastOfPreamble = preamble.findLastIndex((l) => l.text.trim() !== "");
  const above = preamble[lastOfPreamble];
  if (groups.length > 0 && above && lastOfPreamble > 0 && isGroupHeading(fold(above.text), lines, above.number - 1)) {
    groups.unshift({ line: above.number, text: above.text.trim() });
    preamble.splice(lastOfPreamble, 1);
  }

  // Depths count the levels in use: 一、 over 1. is depth 0 over depth 1.
  const depthOf = new Map([...ranks].sort((a, b) => a - b).map((rank, depth) => [rank, depth]));
  const result = items.map((item, i) => ({
    marker: item.marker,
    depth: depthOf.get(item.rank)!,
    path: item.path,
    line: item.line,
    column: item.column,
    parentKey: item.parentKey,
    block: new Joined(HEADING_STYLES.has(item.marker.style) ? headingApart(item.pieces) : item.pieces, startsNewClause),
    opensWithHeading: item.pieces.length > 1 && HEADING.test(fold(item.pieces[0]!.text)) && item.pieces[1]!.line !== item.pieces[0]!.line,
    isTask: !(items[i + 1] && items[i + 1]!.rank > item.rank),
  }));
  return { preamble, items: result, groups, footnotes };
};

const SENTENCE_END = /[。;!?):]$/;

// A heading on a line of its own (一、推进重大项目建设) is set apart from the paragraph under it,
// while a title a page broke over lines (推進 / 城鄉供水一體化。…) is joined: a heading has some
// length and no punctuation, and the next line does not end it within a few characters. Only the
// styles that number headings (一、 (一)) print them so; a 1. item's first line broken
// mid-sentence is joined whatever its length.
const HEADING_STYLES: ReadonlySet<MarkerStyle> = new Set(["cn-capital", "cn-dun", "cn-paren"]);
const HEADING = /^[^。,;:!?()]{4,25}$/;
const MIN_FIRST_CLAUSE = 9;
const headingApart = <P extends { text: string }>(pieces: readonly P[]): (P & { breakBefore?: boolean })[] => {
  const [first, second] = pieces;
  if (!first || !second || !HEADING.test(fold(first.text)) || fold(second.text).search(/[。,;:!?]|$/) < MIN_FIRST_CLAUSE) return [...pieces];
  return [first, { ...second, breakBefore: true }, ...pieces.slice(2)];
};
const ATTACHMENTS = new RegExp(`^\\s*(?:${alternation(ATTACHMENT_LABELS)})\\s*:\\s*(?:\\d{1,2}\\s*[.、]|$)`);

/** The rank in use just below `rank` (Infinity where none is). */
const nextRank = (ranks: ReadonlySet<number>, rank: number): number => Math.min(...[...ranks].filter((r) => r > rank));

const inSequence = (marker: Marker, ranks: ReadonlySet<number>, open: readonly (Open | undefined)[], last: number | undefined): boolean => {
  const rank = STYLE_RANK[marker.style];
  // A style never seen before opens a new level: its list must start near 1.
  if (!ranks.has(rank)) return marker.value <= 3;
  const previous = open[rank];
  // Under a new heading a list starts near 1, or carries on the numbering of the last section.
  if (!previous) return marker.value <= 3 || marker.value === (last ?? 0) + 1;
  return marker.value >= previous.marker.value && marker.value <= previous.marker.value + MAX_GAP;
};

// A group heading is short and ends no sentence; it holds no clause punctuation, no role word and
// no unit's name, and a numbered item follows it.
const MAX_GROUP_HEADING = 20;
// No punctuation, no digits, no space (分管领导 李四 names people), no role verb, no unit's or person's name.
const NOT_IN_HEADING = new RegExp(`[。,;:!?()、\\d\\s]|${alternation(ROLE_VERBS.map(([w]) => w))}`);
const isGroupHeading = (folded: string, lines: readonly SourceLine[], at: number): boolean => {
  const text = folded.trim();
  if (text.length < 2 || text.length > MAX_GROUP_HEADING || NOT_IN_HEADING.test(text) || looksLikeUnitName(text) || looksLikePerson(text) || OTHER_LABEL.test(text)) return false;
  for (let k = at + 1; k < lines.length; k++) {
    const next = fold(lines[k]!.text);
    if (next.trim() !== "") return matchMarker(next) !== null;
  }
  return false;
};
