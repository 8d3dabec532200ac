import type { Finding } from "../models/finding.js";
import type { Plan } from "../models/plan.js";
import { finding, label } from "./finding.js";

/**
 * The preamble's declaration ("六大重点工作三十项具体任务,强化三个保障") against what the document
 * holds. Guarantee tasks may be counted inside the declared tasks or on top of them.
 */
export const countAgainstDeclaration = (plan: Plan): Finding[] => {
  const found: Finding[] = [];
  const { tasks, guarantees, areas } = plan.declared;
  const last = plan.tasks.at(-1);
  const at = last ? { task: label(last), line: last.line, column: last.column } : {};
  if (tasks !== null) {
    const g = guarantees ?? 0;
    if (plan.tasks.length !== tasks && plan.tasks.length !== tasks + g) {
      found.push(
        finding(
          "plan.count-mismatch",
          "error",
          `前言写明${tasks}项任务${g ? `和${g}项保障` : ""},文中有${plan.tasks.length}项`,
          `the preamble declares ${tasks} tasks${g ? ` and ${g} guarantees` : ""} but the document has ${plan.tasks.length}`,
          at,
        ),
      );
    }
  }
  if (guarantees !== null && plan.areas.length > 0) {
    const guaranteeTasks = plan.areas.filter((a) => a.kind === "guarantee").reduce((n, a) => n + a.tasks.length, 0);
    if (guaranteeTasks !== guarantees) {
      found.push(
        finding("plan.count-mismatch", "error", `前言写明${guarantees}项保障,文中有${guaranteeTasks}项`, `the preamble declares ${guarantees} guarantees but the document has ${guaranteeTasks}`, at),
      );
    }
  }
  if (areas !== null) {
    const focus = plan.areas.filter((a) => a.kind === "focus").length;
    if (focus !== areas.length) {
      found.push(finding("plan.count-mismatch", "error", `前言写明${areas.length}个领域,文中有${focus}个`, `the preamble declares ${areas.length} areas but the document has ${focus}`, at));
    }
  }
  return found;
};
