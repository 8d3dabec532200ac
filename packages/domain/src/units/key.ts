// The key under which two printings of one unit meet: Traditional and Simplified script,
// full-width and ASCII, common abbreviations (发改委 = 发展改革委 = 发展和改革委员会).

import { Converter } from "opencc-js/t2cn";
import { fold } from "../text/source.js";

const toSimplified = Converter({ from: "t", to: "cn" });

// Applied in order to Simplified text: long official forms first, then abbreviations.
const EQUIVALENTS: readonly [RegExp, string][] = [
  [/发展和改革委员会/g, "发展改革委"],
  [/发改委/g, "发展改革委"],
  [/人力资源和社会保障/g, "人力资源社会保障"],
  [/人社(?=[厅局部])/g, "人力资源社会保障"],
  [/住房和城乡建设/g, "住房城乡建设"],
  [/住建(?=[厅局部委])/g, "住房城乡建设"],
  [/工信(?=[厅局部委])/g, "工业和信息化"],
  [/市场监督管理/g, "市场监管"],
  [/卫健委/g, "卫生健康委"],
  [/委员会/g, "委"],
  [/办公室$/g, "办"],
  [/和/g, ""],
];

/** A sub-office in brackets after its parent: 省发展改革委(苏区办). */
const SUB_OFFICE = /^(.+?)[((]([^()()]+)[))]$/;

/** Splits "省发展改革委(苏区办)" into the parent and the sub-office; names without one have none. */
export const splitSubOffice = (name: string): { parent: string; part: string | null } => {
  const m = SUB_OFFICE.exec(name.trim());
  // 各县(市、区)人民政府 has its bracket inside the name, not at the end.
  return m && !/[、,,]/.test(m[2]!) ? { parent: m[1]!.trim(), part: m[2]!.trim() } : { parent: name.trim(), part: null };
};

/** The matching key of a unit name (its sub-office, if any, stays part of the key). */
export const unitKey = (name: string): string => {
  let key = toSimplified(fold(name)).replace(/\s+/g, "");
  for (const [re, to] of EQUIVALENTS) key = key.replace(re, to);
  return key;
};

export { toSimplified };
