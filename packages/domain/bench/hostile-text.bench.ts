// pnpm bench: the worst texts within LIMITS, each shaped against one part of the parser, timed once
// each against the same-size real-looking plan as baseline. Parsing must stay about linear in the
// text: a shape that costs a hundred times its baseline is a new quadratic to fix.
import { LIMITS, parsePlan } from "../src/index.js";

const task = (n: number) => `${n}.推进第${n}项工作,新建道路${n}公里,完成投资${n}亿元。(责任单位:市财政局、市交通运输局)\n`;
const upTo = (text: string) => text.slice(0, LIMITS.textChars - 100);
const SHAPES: Record<string, string> = {
  "baseline: 999 ordinary tasks ×20": upTo(`2025年工作要点\n${Array.from({ length: 999 }, (_, i) => task(i + 1).repeat(20)).join("")}`),
  "table rows": upTo(`2025年工作要点\n序号\t任务\t责任单位\n${Array.from({ length: 19_000 }, (_, i) => `${(i % 999) + 1}\t推进第${i}项工作\t市财政局、市交通运输局`).join("\n")}`),
  "header-like paragraphs": upTo(`2025年工作要点\n${"序号\n工作任务\n责任单位\n".repeat(200_000)}`),
  "header-like headings": upTo(`2025年工作要点\n${Array.from({ length: 19_000 }, (_, i) => `(${"一二三四五六七八九十"[i % 10]})推进工作\n`).join("")}`),
  "pipes on every line": upTo(`2025年工作要点\n${"工作任务|\n".repeat(250_000)}`),
  "a unit list of 200 per task": upTo(
    `2025年工作要点\n${Array.from({ length: 999 }, (_, i) => `${i + 1}.推进工作。(责任单位:${Array.from({ length: 200 }, (_, k) => `市第${k}局`).join("、")})`).join("\n")}`,
  ),
  "150 targets per task": upTo(`2025年工作要点\n${Array.from({ length: 999 }, (_, i) => `${i + 1}.${"新建道路120公里,".repeat(150)}(责任单位:市财政局)`).join("\n")}`),
  "one task of 100k labelled sections": upTo(`2025年工作要点\n1.推进工作。\n${"牵头单位:市财政局;".repeat(100_000)}`),
  "labels glued to names, one line": upTo(`2025年工作要点\n1.推进工作。\n${"牵头单位:市财政局配合单位:市税务局".repeat(50_000)}`),
  "500 nested brackets per task": upTo(`2025年工作要点\n${Array.from({ length: 999 }, (_, i) => `${i + 1}.推进${"(".repeat(500)}${")".repeat(500)}(责任单位:市财政局)`).join("\n")}`),
};

const timeOnce = (text: string): { ms: number; outcome: string } => {
  const start = performance.now();
  let outcome: string;
  try {
    outcome = `${parsePlan(text).tasks.length} tasks`;
  } catch (error) {
    outcome = `refused: ${(error as { code?: string }).code}`;
  }
  return { ms: performance.now() - start, outcome };
};

let baselineMsPerChar = 0;
for (const [name, text] of Object.entries(SHAPES)) {
  const { ms, outcome } = timeOnce(text);
  const perChar = ms / text.length;
  if (baselineMsPerChar === 0) baselineMsPerChar = perChar;
  const ratio = perChar / baselineMsPerChar;
  console.log(`${name.padEnd(34)} ${text.length.toLocaleString("en-US").padStart(10)} chars ${ms.toFixed(0).padStart(6)} ms  ${ratio.toFixed(1).padStart(5)}× baseline per char  ${outcome}`);
}
