// Measurable targets in a task's text, read by a small grammar: a number, an optional scale
// (万, 亿), a unit of measure, a comparator before or after it (comparators.ts). A number becomes
// a target only with a unit of measure (or a scale word and a comparator), and never when it is
//   a specification (110千伏, 5A级, 千吨级) or an ordinal (第二期),
//   a name in quotation marks (“5511”工程), unless the quotation is a goal (“培育企业达到120家”),
//   a year, a range or a period (2016-2017年, 8年内, 连续五年), a set phrase (一户一档),
//   a threshold describing some other noun (25户以上自然村, 达到职工总数25%的企业), unless a verb
//   whose object it counts governs it (举办5场次以上的招聘会, 新建20个县级示范点),
//   a scope of places (对口支援31个县), or a term of a policy (最高不超过50万元, policy.ts).

import type { Comparator, Target } from "../models/target.js";
import type { Deadline } from "../models/deadline.js";
import type { Joined } from "../text/source.js";
import { chineseNumeral, SCALE_EXPONENT, scaledDecimal } from "../text/numerals.js";
import type { DeadlineMatch } from "./deadlines.js";
import { looseMeasureAt, measureAt, type Measure } from "./measures.js";
import { baselineStep, withoutBaselineOpener } from "./baselines.js";
import { clauseEnd, clauseStart, sentenceEnd, sentenceStart } from "./clauses.js";
import { comparatorAfter, comparatorBefore, shortensTo } from "./comparators.js";
import { isPolicyTerm } from "./policy.js";
import { quotedMask } from "./quotes.js";
import { closingBracket } from "./brackets.js";
import { alternation } from "./labels.js";
import { COMPARATOR_WORDS, CONDITION_OPENERS, COUNT_FILLERS, DISTRIBUTIVE_PHRASES, GOAL_NOUNS, LEVEL_SUFFIX, PLACE_NOUNS, PROGRESS_WORDS, REACH_VERBS, RESULT_VERBS } from "./vocabulary.js";
import { inRanges, lowerBound } from "./ranges.js";

// A Chinese numeral must hold a digit (一…九): 千人口, 百亿企业 are not quantities.
// The denominator of a rate: a slash and a scale, perhaps with a number (/10万, /万, /十万, /1000).
const PER_SCALE = /^\/\s*(?:\d{1,4}\s*)?[十百千万萬]+|^\/\s*1000+(?!\d)/;
// …and after a measure, what it is counted per: /人, /千人, /户, /年.
// The word after / ends there, or a comparator follows it (4批次/千人以上), never more words (300户/年度计划).
const PER_HEAD = new RegExp(
  `^/\\s*([十百千万萬]?[\u4E00-\u9FFF])(?=$|[^\u4E00-\u9FFF]|${alternation([...COMPARATOR_WORDS.atLeastAfter, ...COMPARATOR_WORDS.atMostAfter, ...COMPARATOR_WORDS.aboutAfter])})`,
);
const NUMBER = /(\d+(?:,\d{3})*(?:\.\d+)?)|([零〇十百千万萬亿億]*[一二两兩三四五六七八九][零〇一二两兩三四五六七八九十百千万萬亿億]*)/g;
const HAS_DIGIT = /[零〇一二两兩三四五六七八九]/;
const SCALE = /^(?:千万|千萬|百万|百萬|十万|十萬|万亿|萬億|[十百千万萬亿億])/;
// After a unit, these make the quantity a specification: 110千伏, 千吨级, 二期.
const SPEC_AFTER = /^[级級伏型期届屆代]/;
// What may follow a comparator and leave the quantity the result itself (…以上。 …以上,).
const AFTER_COMPARATOR_OK = /^($|[,。;、)\]\s!?:”’」』])/;
// A count of places names a scope (31个县(市、区), 20个贫困村和…), unless a level word makes the
// place an adjective (20个县级示范点); so does any count after a word of place (在50个村开展试点).
const PLACES = alternation(PLACE_NOUNS);
const NOT_LEVEL = `(?!${alternation(LEVEL_SUFFIX)})`;
const PLACE = new RegExp(`^(?:(?:${PLACES})${NOT_LEVEL}|[\u4E00-\u9FFF]{1,3}?(?:${PLACES})${NOT_LEVEL}(?=$|[^\u4E00-\u9FFF]|[的和与與及]))`);
const LOCATIVE = /(?:在|于|於|对|對|向|面向|针对|針對)$/;
// A count of things each of which then gets a number (4个结构性指标均实现10%以上增长): a scope.
const DISTRIBUTED = new RegExp(`^[\u4E00-\u9FFF]{0,8}?(?:${alternation(DISTRIBUTIVE_PHRASES)})[^,;。]*\\d`);
// The verb that governs a count, with the few words that may stand between them.
const GOVERNED = new RegExp(`(?:${alternation(RESULT_VERBS)})(?:${alternation(COUNT_FILLERS)})*$`);
const HAN = /[\u4E00-\u9FFF]/;
// What a report says was done, not what a plan asks for: 截至…,全市完成…; 已完成….
const AS_OF = new RegExp(`^\\s*(?:${alternation(PROGRESS_WORDS.asOf)})`);
const DONE = new RegExp(`(?:${alternation(PROGRESS_WORDS.done)})[\u4E00-\u9FFF]`);
const SPACE_BEFORE_MEASURE = /^ {1,2}(?=[\u4E00-\u9FFF%])/;
// A verb of result with a short object after it, right before the number: 新增墓穴10000穴.
const RESULT_BEFORE = new RegExp(`(?:${alternation(RESULT_VERBS)})[^,;。、\\d]{0,4}$`);
const REACHED = new RegExp(`(?:${alternation(REACH_VERBS)})(?:${alternation(COUNT_FILLERS)})*$`);
const PREFIX_NOISE = new RegExp(`(?:${alternation(COUNT_FILLERS)})+$`);
const LISTED_QUANTITIES = /(?:\d[\d,.]*[^、,;。\d]*、)+$/;
// The rest of a list of quantities, up to the 的 after its last: 、1亿元、5000万元以上的.
const LIST_BEFORE_OF = /^(?:、\d[\d,.]*[^、,;。\d的]{0,6})+的/;
const INCLUSION = /^\((?:不)?含(?:本数|本數)?\)/;
const GOAL_NOUN = new RegExp(`^(?:${alternation(GOAL_NOUNS)})`);

const STRIVE = /力争|力爭|争取|爭取/;
const BEFORE_REACH = 40;
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

interface Baseline {
  readonly value: number;
  readonly unit: string | null;
  readonly start: number;
}

/** Baselines whose verb has been read (…提高到): the targets they lead to come next, the first at `expect`. */
interface Leads {
  readonly baselines: readonly Baseline[];
  readonly expect: number;
  readonly down: boolean;
}

/** Targets found in the scope, each with the offset of its number in the block. */
export const findTargets = (block: Joined, scope: TargetScope): { target: Target; at: number }[] => {
  const { folded, text } = block;
  const quoted = quotedMask(folded);
  const conditions = conditionBrackets(folded);
  const targets: { target: Target; at: number }[] = [];
  // Baselines read so far (由35%… / 由600元、400元…), and once their verb is read (…提高到), the
  // targets they lead to: the next at `expect`, in order.
  let listed: Baseline[] = [];
  let leads: Leads | null = null;
  NUMBER.lastIndex = scope.start;
  for (let m = NUMBER.exec(folded); m && m.index < scope.end; m = NUMBER.exec(folded)) {
    const start = m.index;
    if (quoted[start] || inRanges(scope.skip, start) || inRanges(conditions, start)) continue;
    const clauseFrom = clauseStart(folded, start, scope.start);
    // What stands before the number in its clause: the words that bound, govern or qualify it are
    // its last few, so a long clause costs no more than a short one.
    const before = folded.slice(Math.max(clauseFrom, start - BEFORE_REACH), start);
    if (DONE.test(before) || AS_OF.test(folded.slice(sentenceStart(folded, start, scope.start), start))) continue;
    const parsed = readQuantity(folded, start, m[1], m[2], before, (at) => inRanges(scope.skip, at));
    if (!parsed) continue;
    const step = baselineStep(folded, start, parsed.end, clauseFrom, listed.length > 0);
    if (step) {
      listed.push({ value: parsed.value, unit: parsed.measure?.unit ?? null, start });
      if (step.kind === "leads") {
        leads = { baselines: listed, expect: step.next, down: step.down };
        listed = [];
      }
      continue;
    }
    listed = [];
    const taken = takeBaseline(leads, folded, start, parsed.end, parsed.measure?.unit);
    leads = taken.rest;
    const from = taken.baseline;
    const down = taken.down;

    // The comparator may stand before the verb of the count: 至少建成3个.
    const comparator = parsed.comparator ?? comparatorBefore(before) ?? comparatorBefore(before.replace(GOVERNED, "")) ?? (down ? "<=" : "=");
    if (parsed.measure?.time && comparator !== "<=") continue;
    if (parsed.measure?.period && !shortensTo(before)) continue;
    if (!parsed.measure && !(parsed.scaled && comparator !== "=")) continue;
    const clause = clauseBounds(folded, scope, start, parsed.end);
    if (isPolicyTerm({ clause: folded.slice(clause[0], clause[1]), at: start - clause[0], before, share: isShare(parsed.measure) })) continue;

    // In a list of quantities (5个福利院、20个敬老院) each item has its own metric; elsewhere 、 joins verbs (新建、改造).
    const head = folded.slice(clause[0], start);
    const dun = head.lastIndexOf("、");
    const itemStart = dun >= 0 && /\d/.test(head.slice(0, dun)) ? clause[0] + dun + 1 : clause[0];
    const itemEnd = nextIndex(folded, "、", parsed.end, clause[1]);
    const target: Target = {
      text: text.slice(clause[0], clause[1]).trim(),
      // 森林覆盖率由35%提高到40%: the metric is what stands before the baseline.
      metric: metricOf(text, itemStart, from?.start ?? start, parsed.end, itemEnd, from !== undefined),
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

/**
 * The baseline waiting for the number at [start, end), in the same measure (or none printed:
 * 由35提高到40%), and the baselines left for the next number of a list (…提高到650元、450元: after a 、).
 */
const takeBaseline = (leads: Leads | null, folded: string, start: number, end: number, unit: string | undefined): { baseline?: Baseline; down: boolean; rest: Leads | null } => {
  if (leads === null || leads.expect !== start) return { down: false, rest: null };
  const [next, ...others] = leads.baselines;
  const baseline = next !== undefined && (next.unit === null || next.unit === unit) ? next : undefined;
  const rest = others.length > 0 && folded[end] === "、" ? { ...leads, baselines: others, expect: end + 1 } : null;
  return { baseline, down: leads.down && baseline !== undefined, rest };
};

/** A target's clause: from the last comma before it to the next, or to a responsibility clause (1.2万人以上(责任单位:…)). */
const clauseBounds = (folded: string, scope: TargetScope, start: number, end: number): readonly [number, number] => {
  const nextSkip = scope.skip[lowerBound(scope.skip, end, (r) => r.start)]?.start ?? scope.end;
  return [clauseStart(folded, start, scope.start), clauseEnd(folded, end, Math.min(scope.end, nextSkip))];
};

interface Quantity {
  value: number;
  scaled: boolean;
  measure: Measure | null;
  comparator: Comparator | undefined;
  end: number;
}

/**
 * The quantity whose number starts at `start`, or null where the number is no target's.
 * `before` is its clause up to the number; `clauseAt` says whether a responsibility clause starts
 * at an offset (a comparator may stand right before one).
 */
const readQuantity = (folded: string, start: number, arabic: string | undefined, chinese: string | undefined, before: string, clauseAt: (at: number) => boolean): Quantity | null => {
  const prev = folded[start - 1] ?? "";
  // Ordinals (第二期), rates (每万人), codes and models (G20, 5A级), and what stands after a slash:
  // a rate's denominator (15/10万) or a date's part.
  if (/[第每A-Za-z.\-—~/]/.test(prev)) return null;
  let at = start + (arabic ?? chinese)!.length;
  let value: number;
  let scaled = false;
  if (arabic !== undefined) {
    if (/^\d{4}$/.test(arabic) && /^\s*(?:年|[-—~至到]\s*\d)/.test(folded.slice(at, at + 3))) return null;
    if (/^[-—~]/.test(folded[at] ?? "") || /[A-Za-z]/.test(folded[at] ?? "")) return null;
    // A page that kept the printed line's spacing sets the number apart: 安排 110 亿元.
    const spaced = SPACE_BEFORE_MEASURE.exec(folded.slice(at, at + 3));
    if (spaced && (measureAt(folded, at + spaced[0].length) || SCALE.test(folded.slice(at + spaced[0].length, at + spaced[0].length + 2)))) at += spaced[0].length;
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
    // 一 with a measure is a set phrase: 一户一档, 一套, 一张网.
    if (v === null || v === 1) return null;
    value = v;
    scaled = /[万萬亿億]/.test(chinese!);
  }
  // A number past what a double holds (hundreds of digits, 亿亿亿…) measures nothing: it is no quantity.
  if (!Number.isFinite(value)) return null;
  // 3000余人, 20多个: "more than".
  const approx = /^[余餘多]/.test(folded.charAt(at));
  if (approx) at++;
  // In a list of quantities (实施16个卫生院、158个卫生室改扩建), the verb before the first governs them all.
  const verbPart = before.replace(LISTED_QUANTITIES, "").replace(/\s+$/, "");
  const governed = GOVERNED.test(verbPart);
  // A rate per so many (孕产妇死亡率15/10万: 15 in every 100,000) is measured by its denominator.
  const per = arabic !== undefined ? PER_SCALE.exec(folded.slice(at, at + 8)) : null;
  let measure: Measure | null = per ? { printed: per[0], unit: per[0].replace(/\s+/g, ""), time: false, period: false, classifier: false } : measureAt(folded, at);
  if (measure) {
    // A classifier after a Chinese numeral is a slogan (三个着力); 31个县 counts places, a scope not a
    // result; a count after 的 describes what was set (明确的12个方面).
    if (measure.classifier && chinese !== undefined && value < 10) return null;
    // 二套房, 两家银行: a small count in words is a count only where a verb of result governs it (建成两座水库).
    if (chinese !== undefined && value < 10 && !governed) return null;
    if (measure.classifier && prev === "的") return null;
    // 于 ends a comparator too (不少于400个): there it is no locative.
    if (measure.classifier && DISTRIBUTED.test(folded.slice(at + measure.printed.length))) return null;
    if (measure.classifier && !governed && (PLACE.test(folded.slice(at + measure.printed.length)) || (LOCATIVE.test(before) && comparatorBefore(before) === undefined))) return null;
    at += measure.printed.length;
  } else if (chinese !== undefined) {
    return null;
  } else {
    // With a comparator or a verb of result just before (its object between), a short word the
    // lists do not hold measures the quantity: 不少于6课时, 2万例以上, 新增墓穴10000穴.
    const loose = looseMeasureAt(folded, at);
    const end = at + (loose?.printed.length ?? 0);
    // After a verb alone, the word must end the count (新增墓穴10000穴;), not describe a noun
    // after it (建成220千伏变电站).
    const counted = RESULT_BEFORE.test(verbPart) && !HAN.test(folded[end] ?? "");
    if (loose && (counted || comparatorBefore(before.replace(PREFIX_NOISE, "")) !== undefined || comparatorAfter(folded.slice(end, end + 3)) !== undefined)) {
      measure = loose;
      at = end;
    }
  }
  // A measure per head or per thousand (300元/人, 4批次/千人) is measured per that.
  const perHead = measure ? PER_HEAD.exec(folded.slice(at, at + 6)) : null;
  if (measure && perHead) {
    measure = { ...measure, printed: measure.printed + perHead[0], unit: `${measure.unit}/${perHead[1]}` };
    at += perHead[0].length;
  }
  if (SPEC_AFTER.test(folded.slice(at, at + 1))) return null;
  // 30人(含)以下: a bound's own inclusion stands between the quantity and its comparator.
  const inclusion = INCLUSION.exec(folded.slice(at, at + 6));
  if (inclusion) at += inclusion[0].length;
  let comparator: Comparator | undefined;
  const suffix = comparatorAfter(folded.slice(at, at + 3));
  if (suffix) {
    // 25户以上自然村: a count with a comparator before a noun qualifies that noun; it is a threshold,
    // not a result. Unless a verb counts that noun (扶持100家以上本地企业), or it is a share
    // (80%以上政务服务事项) or a time limit (3个工作日内完成审批).
    const share = isShare(measure);
    const next = at + suffix.length;
    const qualifies = suffix.comparator !== "=" && !AFTER_COMPARATOR_OK.test(folded.slice(next, next + 1)) && !clauseAt(next);
    if (qualifies && !share && !measure?.time && !governed) return null;
    comparator = suffix.comparator;
    at = next;
  }
  // 达到职工总数25%的企业, 总投资5亿元的项目: a quantity before 的 describes the noun after it,
  // unless that noun is the goal itself (实现年产值10亿元的目标).
  // A list of them before 的 describes it as one (销售额分别超过5亿元、1亿元、5000万元的企业).
  const listed = folded[at] === "、" ? LIST_BEFORE_OF.exec(folded.slice(at, at + 80)) : null;
  const of = listed ? at + listed[0].length - 1 : at;
  if (folded[of] === "的" && !(governed && !REACHED.test(verbPart)) && !GOAL_NOUN.test(folded.slice(of + 1, of + 5)) && !(comparator !== undefined && isShare(measure))) return null;
  return { value, scaled, measure, comparator: comparator ?? (approx ? ">=" : undefined), end: at };
};

const isShare = (measure: Measure | null): boolean => measure?.unit === "%" || measure?.unit === "百分点" || measure?.unit === "百分點";

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
  const before = fromBaseline ? withoutBaselineOpener(words) : words;
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
