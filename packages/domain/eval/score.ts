// score(gold, out): how well one parsed plan matches its annotation. A port of the reference
// scorer ../shared/corpus/score.py, rule for rule and figure for figure (score.test.ts checks
// them against each other); the corpus README explains what each figure means. Like the
// reference it is tolerant about the output's shape: tasks at .tasks or .plan.tasks, the number
// at .number or .id, units as strings or objects with .name, deadlines as objects or strings.

import { get, getOr, head, isObject, list, or, round, str, strip, toFloat, truthy, WHITESPACE, type Json } from "./python.js";

/** The figures, named as score.py prints them; an optional one is absent where it does not count. */
export interface Scores {
  tasks_gold: number;
  tasks_out: number;
  tasks_matched: number;
  title_exact: number;
  title_prefix: number;
  units_p: number;
  units_r: number;
  units_f1: number;
  lead_p?: number;
  lead_r?: number;
  lead_f1?: number;
  targets_gold: number;
  targets_p?: number;
  targets_r?: number;
  targets_f1?: number;
  milestone_deadlines?: number;
  deadline_acc?: number;
  tasks_f1: number;
}

// Units of measure that are the same unit written differently (and money normalised to 元).
const MEASURE: Readonly<Record<string, string>> = {
  个: "個",
  座: "座",
  公里: "公里",
  km: "公里",
  人: "人",
  人次: "人次",
  家: "家",
  元: "元",
  万元: "元",
  萬元: "元",
  亿元: "元",
  億元: "元",
  "%": "%",
  個: "個",
  縣: "個",
  县: "個",
  项: "項",
  項: "項",
  所: "所",
  户: "戶",
  戶: "戶",
};

// Documents print punctuation full-width or ASCII: both compare equal.
const FOLD: Readonly<Record<string, string>> = {
  "\uFF08": "(",
  "\uFF09": ")",
  "\uFF1A": ":",
  "\uFF0C": ",",
  "\uFF1B": ";",
  "\uFF01": "!",
  "\uFF1F": "?",
  "\u3000": " ",
};
const FOLDABLE = /[\uFF08\uFF09\uFF1A\uFF0C\uFF1B\uFF01\uFF1F\u3000]/g;
const EDGE_PUNCTUATION = "\u3002.;,\u3001:";

export const normText = (s: Json | undefined): string => {
  const text = truthy(s) ? str(s) : "";
  return strip(text.replace(FOLDABLE, (c) => FOLD[c]!).replace(WHITESPACE, ""), EDGE_PUNCTUATION);
};

// A task's printed label without its brackets or trailing punctuation: "(3)" and "3." are "3".
// Only an ASCII opening bracket is dropped, as in the reference.
export const normNumber = (n: Json | undefined): string =>
  strip(str(n))
    .replace(/^\(?/, "")
    .replace(/[).\u3001\uFF0E]+$/, "");

const tasksOf = (doc: Json): readonly Json[] => {
  if (Array.isArray(doc)) return doc;
  if (isObject(doc) && "tasks" in doc) return list(doc.tasks);
  if (isObject(doc) && isObject(doc.plan)) return list(doc.plan.tasks);
  return [];
};

/** The normalised names of a task's units, of one role or of all. */
const unitNames = (task: Json | undefined, role?: string): string[] => {
  const names: string[] = [];
  for (const u of list(or(get(task, "units"), []))) {
    if (typeof u === "string") {
      if (role === undefined) names.push(normText(u));
    } else if (role === undefined || get(u, "role") === role) {
      names.push(normText(or(get(u, "name"), get(u, "printed"), get(u, "text"))));
    }
  }
  return names;
};

/** Precision, recall and F1; nothing to find and nothing found is perfect. */
const f1 = (tp: number, fp: number, fn: number): [number, number, number] => {
  const p = tp + fp ? tp / (tp + fp) : fn === 0 ? 1 : 0;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
};

/** Pairs each item of `a` with an equal one left in `b`: how many paired, and what `b` has left. */
const multisetMatch = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) => {
  const left = [...b];
  let matched = 0;
  for (const x of a) {
    const at = left.findIndex((y) => same(y, x));
    if (at >= 0) {
      left.splice(at, 1);
      matched++;
    }
  }
  return { matched, left };
};
const sameText = (x: string, y: string) => x === y;

const measure = (unit: Json | undefined): string => {
  const u = strip(str(or(unit, "")));
  return MEASURE[u] ?? u;
};

/** A target as compared: its value (to six places) and unit of measure; null without a number. */
interface TargetKey {
  readonly value: number;
  readonly measure: string;
}
const targetKey = (t: Json): TargetKey | null => {
  const v = toFloat(get(t, "value"));
  return v === null ? null : { value: round(v, 6), measure: measure(get(t, "unit")) };
};
// === on numbers is Python's float ==: 0 equals -0, NaN equals nothing.
const sameTarget = (x: TargetKey | null, y: TargetKey | null) => (x === null || y === null ? x === y : x.value === y.value && x.measure === y.measure);

/** Python's `dict.get('date') or .get('due') or .get('iso')` on a deadline object. */
const dateOf = (deadline: Json | undefined) => or(get(deadline, "date"), get(deadline, "due"), get(deadline, "iso"));

const ISO_DATE = /^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}\n?$/u; // Python's \d is any decimal digit; $ allows a final \n

/** Whether the output task carries the gold task's own deadline, as an ISO date or as printed. */
const deadlineFound = (gold: Json, out: Json | undefined): boolean => {
  const wanted = str(get(gold, "deadline"));
  const found = get(out, "deadline");
  let date: Json | undefined = null;
  let text: Json | undefined = null;
  if (isObject(found)) {
    date = dateOf(found);
    text = or(get(found, "text"), get(found, "printed"));
  } else if (truthy(found)) {
    date = text = str(found);
  }
  if (ISO_DATE.test(wanted)) return truthy(date) && head(str(date), 10) === wanted;
  return truthy(text) && normText(text) === normText(wanted);
};

const commonPrefixLength = (a: string, b: string): number => {
  const [x, y] = [Array.from(a), Array.from(b)];
  let n = 0;
  while (n < Math.min(x.length, y.length) && x[n] === y[n]) n++;
  return n;
};

export const score = (gold: Json, out: Json): Scores => {
  const goldTasks = new Map<string, Json>();
  for (const t of tasksOf(gold)) goldTasks.set(normNumber(get(t, "number")), t);

  // Several output tasks may share a printed number (a heading list and a task list both
  // numbered (一)…): judge the one whose title is closest to gold's, so that a spurious item
  // costs one false positive rather than the real task.
  const byNumber = new Map<string, Json[]>();
  for (const t of tasksOf(out)) {
    const number = normNumber(getOr(t, "number", getOr(t, "id", "")));
    byNumber.set(number, [...(byNumber.get(number) ?? []), t]);
  }
  const closeness = (t: Json, g: Json | undefined) => commonPrefixLength(normText(get(t, "title")), normText(truthy(g) ? get(g, "title") : ""));
  const outTasks = new Map<string, Json>();
  const extraDuplicates: Json[] = [];
  for (const [number, tasks] of byNumber) {
    const g = goldTasks.get(number);
    // The first of the closest, as Python's max() picks.
    const best = tasks.reduce<number>((a, t, i) => (closeness(t, g) > closeness(tasks[a]!, g) ? i : a), 0);
    outTasks.set(number, tasks[best]!);
    extraDuplicates.push(...tasks.filter((_, i) => i !== best));
  }
  const matched = [...goldTasks.keys()].filter((k) => outTasks.has(k)).length;
  const goldCount = goldTasks.size;

  // Titles are partly a matter of judgement (first clause or first sentence): title_prefix also
  // counts a title that the gold title begins, or that begins the gold title.
  const prefixOk = (a: Json | undefined, b: Json | undefined) => {
    const [x, y] = [normText(a), normText(b)];
    return x !== "" && y !== "" && (x.startsWith(y) || y.startsWith(x));
  };
  let exactTitles = 0;
  let prefixTitles = 0;
  for (const [k, g] of goldTasks) {
    const o = outTasks.get(k);
    if (o === undefined) continue;
    if (normText(get(o, "title")) === normText(get(g, "title"))) exactTitles++;
    if (prefixOk(get(o, "title"), get(g, "title"))) prefixTitles++;
  }

  let [utp, ufp, ufn] = [0, 0, 0];
  let [ltp, lfp, lfn] = [0, 0, 0];
  let [ttp, tfp, tfn] = [0, 0, 0];
  let [milestones, milestonesFound] = [0, 0];
  let [deadlines, deadlinesFound] = [0, 0];
  for (const [k, g] of goldTasks) {
    const o = outTasks.get(k) ?? {};

    // Units: all roles together, a multiset of names.
    const gu = list(get(g, "units") ?? []).map(normText);
    const ou = unitNames(o);
    const units = multisetMatch(gu, ou, sameText).matched;
    utp += units;
    ufn += gu.length - units;
    ufp += ou.length - units;

    // Leads: only where the gold marks them.
    if (truthy(get(g, "lead"))) {
      const gl = list(get(g, "lead")).map(normText);
      const byRole = unitNames(o, "lead");
      const ol =
        byRole.length > 0
          ? byRole
          : list(or(get(o, "lead"), []))
              .filter((u) => typeof u === "string")
              .map(normText);
      const leads = multisetMatch(gl, ol, sameText).matched;
      ltp += leads;
      lfn += gl.length - leads;
      lfp += ol.length - leads;
    }

    // Targets: an optional gold target is neither required nor penalised when found.
    const goldTargets = list(get(g, "targets") ?? []);
    const required = goldTargets.filter((t) => !truthy(get(t, "optional"))).map(targetKey);
    const optional = goldTargets.filter((t) => truthy(get(t, "optional"))).map(targetKey);
    const found = list(or(get(o, "targets"), []))
      .map(targetKey)
      .filter((t) => t !== null);
    const targets = multisetMatch(required, found, sameTarget);
    const extra = targets.left.filter((t) => !optional.some((x) => sameTarget(x, t)));
    ttp += targets.matched;
    tfn += required.length - targets.matched;
    tfp += extra.length;

    // Milestones: the dated step's date appears on any target or milestone of the task.
    for (const ms of list(get(g, "milestones") ?? [])) {
      milestones++;
      const dates = new Set<string>();
      for (const t of [...list(or(get(o, "targets"), [])), ...list(or(get(o, "milestones"), []))]) {
        let d = get(t, "deadline");
        if (isObject(d)) d = dateOf(d);
        if (truthy(d)) dates.add(head(str(d), 10));
      }
      const wanted = get(ms, "deadline");
      if (typeof wanted === "string" && dates.has(wanted)) milestonesFound++;
    }

    if (truthy(get(g, "deadline"))) {
      deadlines++;
      if (deadlineFound(g, o)) deadlinesFound++;
    }
  }
  // Output tasks that match no gold task: every unit and target on them is a false positive.
  for (const t of [...[...outTasks].filter(([k]) => !goldTasks.has(k)).map(([, t]) => t), ...extraDuplicates]) {
    ufp += unitNames(t).length;
    tfp += list(or(get(t, "targets"), [])).filter((x) => targetKey(x) !== null).length;
  }

  const rounded = (xs: readonly number[]) => xs.map((x) => round(x, 4)) as [number, number, number];
  const [units_p, units_r, units_f1] = rounded(f1(utp, ufp, ufn));
  const [lead_p, lead_r, lead_f1] = rounded(f1(ltp, lfp, lfn));
  const [targets_p, targets_r, targets_f1] = rounded(f1(ttp, tfp, tfn));
  // The keys in score.py's order.
  return {
    tasks_gold: goldCount,
    tasks_out: outTasks.size,
    tasks_matched: matched,
    title_exact: goldCount ? round(exactTitles / goldCount, 4) : 1,
    title_prefix: goldCount ? round(prefixTitles / goldCount, 4) : 1,
    units_p,
    units_r,
    units_f1,
    ...(ltp + lfn ? { lead_p, lead_r, lead_f1 } : {}),
    targets_gold: ttp + tfn,
    // A document without gold targets scores targets only if the parser invents some.
    ...(ttp + tfn || tfp ? { targets_p, targets_r, targets_f1 } : {}),
    ...(milestones ? { milestone_deadlines: round(milestonesFound / milestones, 4) } : {}),
    ...(deadlines ? { deadline_acc: round(deadlinesFound / deadlines, 4) } : {}),
    tasks_f1: round(f1(matched, outTasks.size - matched + extraDuplicates.length, goldCount - matched)[2], 4),
  };
};
