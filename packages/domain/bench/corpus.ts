// Generates work plans in every layout of formats.md (A–F, both scripts) from a seeded random
// source, so that benchmarks can read megabytes of realistic documents without shipping any.

import { Converter } from "opencc-js/cn2t";

const toTraditional = Converter({ from: "cn", to: "t" });

/** mulberry32: small, fast, deterministic. */
export const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

const UNITS = [
  "市发展改革委",
  "市财政局",
  "市教育局",
  "市住房城乡建设局",
  "市交通运输局",
  "市水利局",
  "市商务局",
  "市文化广电旅游局",
  "市人力资源社会保障局",
  "市工业和信息化局",
  "市自然资源局",
  "市生态环境局",
  "市卫生健康委",
  "市市场监管局",
  "市农业农村局",
  "各区县人民政府",
  "市直有关部门",
  "各县(市、区)人民政府",
  "市发展改革委(重点办)",
];
const VERBS = ["推进", "加快", "实施", "完善", "强化", "提升", "深化", "扩大"];
const THINGS = [
  "城乡供水一体化",
  "老旧小区改造",
  "农村公路建设",
  "数字政府建设",
  "职业教育体系",
  "医疗卫生服务",
  "文化体育设施",
  "生态环境治理",
  "营商环境优化",
  "新能源产业发展",
  "智慧交通建设",
  "养老服务体系",
];
const BODIES = [
  () => "坚持问题导向,健全工作机制,加强统筹协调。",
  (r: Rng) => `新建改造供水管网${int(r, 10, 900)}公里,农村自来水普及率达到${int(r, 80, 99)}%以上。`,
  (r: Rng) => `全年完成投资${int(r, 2, 300)}亿元以上,新增就业${(int(r, 5, 90) / 10).toFixed(1)}万人。`,
  (r: Rng) => `力争${pick(r, ["年底前", "6月底前", "第三季度"])}建成${int(r, 3, 60)}个示范点,实施“${int(r, 1000, 9999)}”工程。`,
  (r: Rng) => `支持${int(r, 2, 30)}户以上自然村通硬化路,新扩建110千伏变电站${int(r, 2, 20)}座。`,
  (r: Rng) => `${pick(r, ["上半年", "第二季度", "2025年10月底前"])}出台实施方案,持续推进落实。`,
  (r: Rng) => `企业开办时间压缩至${int(r, 1, 3)}个工作日以内,完成第${pick(r, ["二", "三"])}批试点。`,
];

const units = (rng: Rng, n: number) => Array.from({ length: n }, () => pick(rng, UNITS)).join("、");
const title = (rng: Rng) => `${pick(rng, VERBS)}${pick(rng, THINGS)}`;
const body = (rng: Rng) => Array.from({ length: int(rng, 1, 4) }, () => pick(rng, BODIES)(rng)).join("");
// Real documents break lines inside titles and names (web pages leave them behind).
const broken = (rng: Rng, text: string) => {
  if (rng() > 0.3) return text;
  const at = int(rng, 1, Math.max(1, text.length - 1));
  return `${text.slice(0, at)}\n${text.slice(at)}`;
};

type Layout = (rng: Rng, tasks: number) => string;

const layoutA: Layout = (rng, n) => Array.from({ length: n }, (_, i) => broken(rng, `${i + 1}.${title(rng)}。${body(rng)}(责任单位:${units(rng, int(rng, 1, 5))})`)).join("\n");

const layoutB: Layout = (rng, n) =>
  Array.from({ length: n }, (_, i) =>
    rng() < 0.5
      ? `(${"一二三四五六七八九十"[i % 10]})${title(rng)}。${body(rng)}(牵头单位:${units(rng, 1)};责任单位:${units(rng, 2)})`
      : `${i + 1}.${title(rng)}。${body(rng)}\n牵头单位:${units(rng, 1)}\n配合单位:${units(rng, 2)}\n完成时限:2025年${int(rng, 3, 12)}月底`,
  ).join("\n");

const layoutC: Layout = (rng, n) => Array.from({ length: n }, (_, i) => `${i + 1}.${title(rng)}。${body(rng)}(${units(rng, 1)}牵头,${units(rng, 2)}按职责分工负责)`).join("\n");

const layoutD: Layout = (rng, n) => {
  const lines: string[] = [];
  let task = 0;
  for (let h = 0; task < n; h++) {
    lines.push(`${"一二三四五六七八九十"[h % 10]}、${pick(rng, THINGS)}`);
    for (let s = 0; s < 2 && task < n; s++) {
      lines.push(`(${"一二三"[s]})${title(rng)}。`);
      for (let k = 1; k <= 3 && task < n; k++, task++) lines.push(`${k}.${body(rng)}(责任单位:${units(rng, 2)};完成时限:${pick(rng, ["2025年12月底前", "第三季度", "年底前"])})`);
    }
  }
  return lines.join("\n");
};

const layoutF: Layout = (rng, n) =>
  [
    "序号 工作任务 牵头单位 责任单位 完成时限",
    ...Array.from({ length: n }, (_, i) => `${i + 1} ${title(rng)}${int(rng, 2, 90)}个 ${pick(rng, UNITS)} ${units(rng, 2)} 2025年${int(rng, 3, 12)}月底前`),
  ].join("\n");

const LAYOUTS = [layoutA, layoutB, layoutC, layoutD, layoutF];

/** One plan: a title, a preamble, and tasks in a random layout and script. */
export const plan = (rng: Rng): string => {
  const text = `某市2025年${pick(rng, THINGS)}工作要点\n2025年是关键之年。统筹抓好各项工作。\n${pick(rng, LAYOUTS)(rng, int(rng, 15, 60))}\n`;
  return rng() < 0.3 ? toTraditional(text) : text;
};

/** Plans until their UTF-8 size reaches `bytes`. */
export const corpus = (bytes: number, seed = 2025): string[] => {
  const rng = random(seed);
  const plans: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = plan(rng);
    plans.push(p);
    size += Buffer.byteLength(p);
  }
  return plans;
};

/** One document of about `bytes` UTF-8 bytes: plan after plan, numbering carried on. */
export const bigDocument = (bytes: number, seed = 7): string => corpus(bytes, seed).join("\n");

// Adversarial inputs.
/** Every task of a big document on one line after the first task number: one giant task. */
export const oneLine = (bytes: number): string => {
  const text = bigDocument(bytes);
  const first = text.search(/\n1\./) + 1;
  return text.slice(0, first) + text.slice(first).replace(/\n/g, "");
};
/** Thousands of nested brackets inside a task. */
export const nestedBrackets = (bytes: number): string => {
  const unit = "((((((((((((((((((((新建10个)))))))))))))))))))),";
  return `2025年要点\n1.推进工作。${unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)))}(责任单位:市财政局)\n`;
};
/** One line of text with no punctuation at all. */
export const noPunctuation = (bytes: number): string => `1.${"推进工作建设发展项目单位".repeat(Math.ceil(bytes / 36))}`;
