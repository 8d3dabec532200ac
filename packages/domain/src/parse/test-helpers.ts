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
