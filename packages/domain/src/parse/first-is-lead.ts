// Many plans say once, in a note, that the first unit listed is the lead
// ("排在第一位的为牵头单位", "列首位的为牵头单位"). Where a plan says so, its tasks read that way.

import type { Task } from "../models/task.js";

const NOTE = [
  /(?:首位|第一位|第一个|第一家|排名第一|排第一)[^。;\n]{0,12}(?:为|是|系|為)(?:牵头|牽頭)/,
  /(?:牵头|牽頭)(?:单位|單位|部门|部門)(?:为|是|系|為)[^。;\n]{0,8}(?:首位|第一位|第一个|排名第一)/,
];

/** Whether the document states that the first unit of each list leads. */
export const firstIsLead = (text: string): boolean => NOTE.some((re) => re.test(text));

/** Makes the first responsible unit of each task without a lead its lead. */
export const markFirstAsLead = (tasks: readonly Task[]): void => {
  for (const task of tasks) {
    if (task.units.some((u) => u.role === "lead")) continue;
    const first = task.units.find((u) => u.role === "responsible");
    if (first) first.role = "lead";
  }
};
