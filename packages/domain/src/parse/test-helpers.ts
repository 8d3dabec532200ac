// Builds one-task documents for the parser's tests.
import type { Task } from "../models/task.js";
import { parsePlan } from "./plan.js";

/** Parses "1.<body>(责任单位:…)" inside a 2025 plan and returns its task. */
export const oneTask = (body: string, units = "(责任单位:市财政局)"): Task => {
  const plan = parsePlan(`2025年重点工作要点\n2025年是关键之年。\n1.${body}${units}\n`);
  const task = plan.tasks[0];
  if (!task) throw new Error("no task parsed");
  return task;
};

/**
 * The text as real documents print it: ( ) : , ; full-width (\uFF08 \uFF09 \uFF1A \uFF0C \uFF1B),
 * except between digits (1,200 and 10:30 stay ASCII). Parser tests run on both forms.
 */
export const printed = (text: string): string =>
  text
    .replace(/\(/g, "\uFF08")
    .replace(/\)/g, "\uFF09")
    .replace(/;/g, "\uFF1B")
    .replace(/(?<!\d),|,(?!\d)/g, "\uFF0C")
    .replace(/(?<!\d):|:(?!\d)/g, "\uFF1A");

/** The two forms every parser test runs on, for describe.each: as copied (ASCII) and as printed (full-width). */
export const FORMS: [string, (text: string) => string][] = [
  ["as copied (ASCII punctuation)", (text) => text],
  ["as printed (full-width punctuation)", printed],
];

/** A unit as role:name, its name folded to ASCII punctuation for comparison across both forms. */
export const roleAndName = (unit: { role: string; name: string }): string => `${unit.role}:${unit.name.replace(/[\uFF08\uFF09]/g, (c) => (c === "\uFF08" ? "(" : ")"))}`;
