// What a preamble declares about the plan's structure:
// "统筹抓好精准扶贫、产业发展…对口支援六大重点工作三十项具体任务,强化三个保障".

import type { Declared } from "../models/plan.js";
import { chineseNumeral } from "../text/numerals.js";
import { fold } from "../text/source.js";

const COUNT = "(\\d{1,3}|[一二两兩三四五六七八九十百]{1,4})";
const AREAS = new RegExp(`${COUNT}(?:大|个|個|方面)(?:重点|重點|主要|方面)?(?:工作|领域|領域|任务|任務|板块|板塊|行动|行動)`);
const TASKS = new RegExp(`${COUNT}(?:项|項|条|條)(?:具体|具體|重点|重點|主要)?(?:任务|任務|工作|举措|舉措)`);
const GUARANTEES = new RegExp(`${COUNT}(?:个|個|项|項|大)?(?:保障措施|保障)`);
// Verbs that open an enumeration of areas: 统筹抓好 A、B、C…
const LEAD_VERB = /^(?:统筹|統籌|重点|重點|着力|著力|扎实|紮實|全力|集中|切实|切實)?(?:抓好|做好|推进|推進|围绕|圍繞|聚焦|突出|实施|實施|开展|開展|推动|推動|加强|加強)/;

const count = (m: RegExpExecArray | null): number | null => {
  if (!m) return null;
  return /^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumeral(m[1]!);
};

/** Reads the declared areas, task count and guarantee count from a preamble. */
export const readDeclaration = (preamble: string): Declared => {
  const folded = fold(preamble);
  const areasMatch = AREAS.exec(folded);
  return {
    areas: areasMatch ? areaNames(folded, preamble, areasMatch.index, count(areasMatch)) : null,
    tasks: count(TASKS.exec(folded)),
    guarantees: count(GUARANTEES.exec(folded)),
  };
};

const LIST_END = /[,。;:、\n]/;

const areaNames = (folded: string, preamble: string, end: number, expected: number | null): string[] | null => {
  let start = end;
  while (start > 0 && !LIST_END.test(folded[start - 1]!)) start--;
  // Walk back over the 、-separated list.
  while (start > 0 && folded[start - 1] === "、") {
    start--;
    while (start > 0 && !LIST_END.test(folded[start - 1]!)) start--;
  }
  const names = preamble
    .slice(start, end)
    .split("、")
    .map((n) => n.trim());
  if (names.length < 2 || names.some((n) => n === "")) return null;
  names[0] = stripLeadVerb(names[0]!, names.slice(1));
  return expected === null || names.length === expected ? names : null;
};

// When the other names share one length, the first is that long too; else drop a known verb.
const stripLeadVerb = (first: string, rest: readonly string[]): string => {
  const length = rest[0]!.length;
  if (rest.every((n) => n.length === length) && first.length > length) return first.slice(-length);
  return first.replace(LEAD_VERB, "") || first;
};
