// Measurable targets in a task's text. A number becomes a target only with a unit of measure
// (or a scale word and a comparator), and never when it is a specification (110千伏, 5A级,
// 千吨级), a programme name in quotes (“5511”工程), an ordinal (第二期), a year or range
// (2016-2017年) or a threshold inside a description (25户以上自然村).

import type { Comparator, Target } from "../models/target.js";
import type { Deadline } from "../models/deadline.js";
import type { Joined } from "../text/source.js";
import { chineseNumeral, SCALE_EXPONENT, scaledDecimal } from "../text/numerals.js";
import type { DeadlineMatch } from "./deadlines.js";
import { measureAt } from "./measures.js";
import { BASELINE_OPENER_END, baselineLead } from "./baselines.js";
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from "./clauses.js";
import { quotedMask } from "./quotes.js";
import { closingBracket } from "./brackets.js";
import { alternation } from "./labels.js";
import { CONDITION_OPENERS } from "./vocabulary.js";
import { inRanges, lowerBound } from "./ranges.js";

// A Chinese numeral must hold a digit (一…九): 千人口, 百亿企业 are not quantities.
const NUMBER = /(\d+(?:,\d{3})*(?:\.\d+)?)|([零〇十百千万萬亿億]*[一二两兩三四五六七八九][零〇一二两兩三四五六七八九十百千万萬亿億]*)/g;
const HAS_DIGIT = /[零〇一二两兩三四五六七八九]/;
const SCALE = /^(?:千万|千萬|百万|百萬|十万|十萬|万亿|萬億|[十百千万萬亿億])/;
// After a unit, these make the quantity a specification: 110千伏, 千吨级, 二期.
const SPEC_AFTER = /^[级級伏型期届屆代]/;
const AFTER_COMPARATOR_OK = /^($|[,。;、)\]\s!?:])/;

const SUFFIX_COMPARATORS: readonly [RegExp, Comparator][] = [
  [/^(?:以上|及以上|之上|多)/, ">="],
  [/^(?:以内|以內|之内|之內|以下|及以下|内|內)/, "<="],
  [/^(?:左右|上下)/, "="],
];
const PREFIX_COMPARATORS: readonly [RegExp, Comparator][] = [
  [/(?:不少于|不少於|不低于|不低於|至少|超过|超過|高于|高於|大于|大於)\s*$/, ">="],
  [/(?:不超过|不超過|不高于|不高於|控制在|压缩至|壓縮至|压减至|壓減至|缩短至|縮短至|降至|低于|低於|少于|少於|最高|最多)\s*$/, "<="],
  [/(?:约|約|大约|大約)\s*$/, "="],
];
const STRIVE = /力争|力爭|争取|爭取/;
const METRIC_NOISE = /^(?:力争|力爭|争取|爭取|全年|年内|年內|今年|到年底|年底前|累计|累計|共|要|并|並|和|及)+/;

export interface TargetScope {
  /** Offsets of the block to read. */
  readonly start: number;
  readonly end: number;
  /** Ranges not to read (responsibility clauses). */
  readonly skip: readonly { start: number; end: number }[];
  readonly deadlines: readonly DeadlineMatch[];
  readonly taskDeadline: Deadline;
}

/** Targets found in the scope, each with the offset of its number in the block. */
export const findTargets = (block: Joined, scope: TargetScope): { target: Target; at: number }[] => {
  const { folded, text } = block;
  const quoted = quotedMask(folded);
  const conditions = conditionBrackets(folded);
  const targets: { target: Target; at: number }[] = [];
  // The baseline just read (由35%…), waiting for the number it leads to (…提高到40%).
  let lead: { value: number; unit: string | null; start: number; next: number; down: boolean } | null = null;
  NUMBER.lastIndex = scope.start;
  for (let m = NUMBER.exec(folded); m && m.index < scope.end; m = NUMBER.exec(folded)) {
    const start = m.index;
    if (quoted[start] || inRanges(scope.skip, start) || inRanges(conditions, start)) continue;
    const parsed = readQuantity(folded, start, m[1], m[2], (at) => inRanges(scope.skip, at));
    if (!parsed) continue;
    const clauseFrom = clauseStart(folded, start, scope.start);
    const leads = baselineLead(folded, start, parsed.end, clauseFrom);
    if (leads) {
      lead = { value: parsed.value, unit: parsed.measure?.unit ?? null, start, ...leads };
      continue;
    }
    // A baseline counts for the number it leads to, in the same measure (or none printed: 由35提高到40%).
    const from = lead !== null && lead.next === start && (lead.unit === null || lead.unit === parsed.measure?.unit) ? lead : null;
    lead = null;
    const before = folded.slice(clauseFrom, start);
    const prefixComparator = PREFIX_COMPARATORS.find(([re]) => re.test(before))?.[1];
    const comparator = parsed.comparator ?? prefixComparator ?? (from?.down ? "<=" : "=");
    if (parsed.measure?.time && comparator !== "<=") continue;
    if (!parsed.measure && !(parsed.scaled && comparator !== "=")) continue;

    // A target's clause ends where a responsibility clause begins: 1.2万人以上(责任单位:…).
    const nextSkip = scope.skip[lowerBound(scope.skip, parsed.end, (r) => r.start)]?.start ?? scope.end;
    const clause = [clauseStart(folded, start, scope.start), clauseEnd(folded, parsed.end, Math.min(scope.end, nextSkip))] as const;
    // In a list of quantities (5个福利院、20个敬老院) each item has its own metric; elsewhere 、 joins verbs (新建、改造).
    const head = folded.slice(clause[0], start);
    const dun = head.lastIndexOf("、");
    const itemStart = dun >= 0 && /\d/.test(head.slice(0, dun)) ? clause[0] + dun + 1 : clause[0];
    const itemEnd = nextIndex(folded, "、", parsed.end, clause[1]);
    const target: Target = {
      text: text.slice(clause[0], clause[1]).trim(),
      // 森林覆盖率由35%提高到40%: the metric is what stands before the baseline.
      metric: metricOf(text, itemStart, from?.start ?? start, parsed.end, itemEnd, from !== null),
      value: parsed.value,
      unit: parsed.measure?.unit ?? "",
      baseline: from?.value ?? null,
      comparator,
      ambition: STRIVE.test(before) ? "strive" : "firm",
      deadline: deadlineFor(folded, scope, start) ?? scope.taskDeadline,
      ...block.position(start),
    };
    targets.push({ target, at: start });
  }
  return targets;
};

interface Quantity {
  value: number;
  scaled: boolean;
  measure: ReturnType<typeof measureAt>;
  comparator: Comparator | undefined;
  end: number;
}

/** `clauseAt`: whether a responsibility clause starts at an offset (a comparator may stand right before one). */
const readQuantity = (folded: string, start: number, arabic: string | undefined, chinese: string | undefined, clauseAt: (at: number) => boolean): Quantity | null => {
  const prev = folded[start - 1] ?? "";
  // Ordinals (第二期), rates (每万人), codes and models (G20, 5A级).
  if (/[第每A-Za-z.\-—~]/.test(prev)) return null;
  let at = start + (arabic ?? chinese)!.length;
  let value: number;
  let scaled = false;
  if (arabic !== undefined) {
    if (/^\d{4}$/.test(arabic) && /^\s*(?:年|[-—~至到]\s*\d)/.test(folded.slice(at, at + 3))) return null;
    if (/^[-—~]/.test(folded[at] ?? "") || /[A-Za-z]/.test(folded[at] ?? "")) return null;
    // 千瓦, 千米, 千克 are units, not the scale 千 before 瓦.
    const scale = measureAt(folded, at) ? null : SCALE.exec(folded.slice(at, at + 2));
    const exponent = scale ? [...scale[0]].reduce((sum, ch) => sum + SCALE_EXPONENT[ch]!, 0) : 0;
    if (scale) {
      at += scale[0].length;
      scaled = true;
    }
    value = scaledDecimal(arabic, exponent);
  } else {
    if (!HAS_DIGIT.test(chinese!)) return null;
    const v = chineseNumeral(chinese!);
    if (v === null) return null;
    value = v;
    scaled = /[万萬亿億]/.test(chinese!);
  }
  // 3000余人, 20多个: "more than".
  const approx = /^[余餘多]/.test(folded.charAt(at));
  if (approx) at++;
  const measure = measureAt(folded, at);
  if (measure) {
    // A classifier after a Chinese numeral is a slogan (三个着力); 31个县 counts places, a scope not a result.
    if (measure.classifier && chinese !== undefined && value < 10) return null;
    if (measure.classifier && /^[县縣市区區乡鄉镇鎮村省]/.test(folded.charAt(at + measure.printed.length))) return null;
    at += measure.printed.length;
  } else if (chinese !== undefined) {
    return null;
  }
  if (SPEC_AFTER.test(folded.slice(at, at + 1))) return null;
  let comparator: Comparator | undefined;
  for (const [re, cmp] of SUFFIX_COMPARATORS) {
    const c = re.exec(folded.slice(at, at + 3));
    if (!c) continue;
    // 25户以上自然村: a count with a comparator before a noun qualifies that noun; it is a threshold,
    // not a result. A share is the exception: 80%以上政务服务事项 is a target for those services.
    const share = measure?.unit === "%" || measure?.unit === "百分点" || measure?.unit === "百分點";
    // A time limit is a target whatever follows it: 3个工作日内完成审批.
    const next = at + c[0].length;
    if (cmp !== "=" && !share && !measure?.time && !AFTER_COMPARATOR_OK.test(folded.slice(next, next + 1)) && !clauseAt(next)) return null;
    comparator = cmp;
    at += c[0].length;
    break;
  }
  return { value, scaled, measure, comparator: comparator ?? (approx ? ">=" : undefined), end: at };
};

const CONDITION = new RegExp(`^\\s*(?:${alternation(CONDITION_OPENERS)})`);

/** Brackets that state a condition, (不含6亩): in order, not overlapping. */
const conditionBrackets = (folded: string): { start: number; end: number }[] => {
  const ranges: { start: number; end: number }[] = [];
  for (let open = folded.indexOf("("); open >= 0; open = folded.indexOf("(", open + 1)) {
    if (!CONDITION.test(folded.slice(open + 1, open + 8))) continue;
    const close = closingBracket(folded, open + 1);
    const end = close < 0 ? folded.length : close + 1;
    ranges.push({ start: open, end });
    open = end - 1;
  }
  return ranges;
};

/** The first `ch` in [from, ceiling), else ceiling; never looks past the ceiling. */
const nextIndex = (folded: string, ch: string, from: number, ceiling: number): number => {
  const code = ch.charCodeAt(0);
  for (let i = from; i < ceiling; i++) if (folded.charCodeAt(i) === code) return i;
  return ceiling;
};

/** `fromBaseline`: numberStart is a baseline's (森林覆盖率由35%…), whose opener is not the metric's. */
const metricOf = (text: string, itemStart: number, numberStart: number, quantityEnd: number, itemEnd: number, fromBaseline = false): string => {
  const words = text.slice(itemStart, numberStart).trim().replace(METRIC_NOISE, "");
  const before = fromBaseline ? words.replace(BASELINE_OPENER_END, "").trimEnd() : words;
  const after = text.slice(quantityEnd, itemEnd).trim();
  return (before.replace(/(?:达到|達到|为|為|到|至)$/, "") + after).trim();
};

/** The deadline phrase of the sentence that states the target: the nearest before it, else the first after. */
const deadlineFor = (folded: string, scope: TargetScope, at: number): Deadline | undefined => {
  const from = sentenceStart(folded, at, scope.start);
  const to = sentenceEnd(folded, at, scope.end);
  // Deadlines are in order: the one just before `at`, else the one just after, within the sentence.
  const i = lowerBound(scope.deadlines, at, (d) => d.start);
  const before = scope.deadlines[i - 1];
  if (before && before.start >= from && before.end <= at) return before.deadline;
  const after = scope.deadlines[i];
  if (after && after.start > at && after.end <= to) return after.deadline;
  return undefined;
};
