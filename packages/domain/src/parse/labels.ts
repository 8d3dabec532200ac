// Field labels of work plans: unit roles (牵头单位, 责任单位, 配合单位…), deadline fields
// (完成时限) and people (牵头负责领导), in both scripts. One vocabulary for bracketed clauses,
// labelled lines and table headers.

import type { UnitRole } from "../models/unit.js";

const ROLE_WORDS: readonly [RegExp, UnitRole][] = [
  [/^(牵头|牽頭|主办|主辦)/, "lead"],
  [/^(配合|协同|協同|参与|參與|协办|協辦|协助|協助)/, "support"],
  [/^(责任|責任|主责|主責|承办|承辦)/, "responsible"],
];

export const ROLE_LABEL_SOURCE =
  "(?:牵头|牽頭|主办|主辦|责任|責任|主责|主責|承办|承辦|配合|协同责任|協同責任|协同|協同|参与|參與|协办|協辦|协助|協助)(?:单位|單位|部门|部門)";
export const ROLE_LABEL = new RegExp(`^${ROLE_LABEL_SOURCE}$`);
export const DEADLINE_LABEL = /^(?:完成时限|完成時限|时限|時限|完成时间|完成時間|时间节点|時間節點|完成期限|时间要求|時間要求)$/;
/** Labels whose values are people or notes, never units. */
export const OTHER_LABEL = /^(?:牵头负责领导|牽頭負責領導|责任领导|責任領導|分管领导|分管領導|牵头领导|牽頭領導|联系人|聯繫人|备注|備註)$/;

const ANY_LABEL = new RegExp(
  `^\\s*(${ROLE_LABEL_SOURCE}|${DEADLINE_LABEL.source.slice(1, -1)}|${OTHER_LABEL.source.slice(1, -1)})\\s*[::]`,
);

/** The role a label gives its units. */
export const roleOf = (label: string): UnitRole => ROLE_WORDS.find(([re]) => re.test(label))?.[1] ?? "responsible";

/** True when a line opens with a field label (牵头单位:…, 完成时限:…): such a line is a field, not text broken mid-sentence. */
export const opensWithLabel = (line: string): boolean => ANY_LABEL.test(line);
