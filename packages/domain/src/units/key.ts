// The key under which two printings of one unit meet: Traditional and Simplified script,
// full-width and ASCII, common abbreviations (发改委 = 发展改革委 = 发展和改革委员会).

import { Converter } from "opencc-js/t2cn";
import { fold } from "../text/source.js";
import { cleanName } from "./name.js";

const toSimplified = Converter({ from: "t", to: "cn" });

// Equivalent spellings in Simplified text, long official forms before abbreviations, all in
// one pass. Replacements are final forms: 和 is dropped everywhere, so 工信 → 工业信息化.
const EQUIVALENTS: Record<string, string> = {
  发展和改革委员会: "发展改革委",
  发改委: "发展改革委",
  人力资源和社会保障: "人力资源社会保障",
  人社: "人力资源社会保障",
  住房和城乡建设: "住房城乡建设",
  住建: "住房城乡建设",
  工信: "工业信息化",
  市场监督管理: "市场监管",
  卫健委: "卫生健康委",
  卫生健康委员会: "卫生健康委",
  委员会: "委",
  办公室: "办",
  和: "",
};
const EQUIVALENT = new RegExp(
  Object.keys(EQUIVALENTS)
    .sort((a, b) => b.length - a.length)
    .map((k) => (k === "人社" || k === "住建" || k === "工信" ? `${k}(?=[厅局部委])` : k === "办公室" ? `${k}$` : k))
    .join("|"),
  "g",
);

/** A sub-office in brackets after its parent: 省发展改革委(苏区办). */
const SUB_OFFICE = /^(.+?)[(\uFF08]([^()\uFF08\uFF09]+)[)\uFF09]$/;

/** Splits "省发展改革委(苏区办)" into the parent and the sub-office; names without one have none. */
export const splitSubOffice = (name: string): { parent: string; part: string | null } => {
  const clean = cleanName(name);
  const m = SUB_OFFICE.exec(clean);
  // 各县(市、区)人民政府 has its bracket inside the name, not at the end.
  return m && !/[、,\uFF0C]/.test(m[2]!) ? { parent: m[1]!.trim(), part: m[2]!.trim() } : { parent: clean, part: null };
};

/** The matching key of a name already in Simplified script: without spaces or invisible characters (cleanName). */
export const keyOfSimplified = (simplified: string): string =>
  cleanName(simplified)
    .replace(/\s+/g, "")
    .replace(EQUIVALENT, (match) => EQUIVALENTS[match] ?? match);

/** The matching key of a unit name (its sub-office, if any, stays part of the key). */
export const unitKey = (name: string): string => keyOfSimplified(toSimplified(fold(cleanName(name))));

/** Many names to Simplified script in one conversion (much cheaper than one call each). */
export const toSimplifiedAll = (names: readonly string[]): string[] => {
  if (names.length === 0) return [];
  return toSimplified(names.map((name) => fold(cleanName(name))).join("\n")).split("\n");
};

export { toSimplified };
