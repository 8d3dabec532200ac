import type { Finding } from "../models/finding.js";
import type { Plan } from "../models/plan.js";
import { finding, label } from "./finding.js";

/** Every task names at least one responsible unit: otherwise nobody can be asked for progress. */
export const taskWithoutUnits = (plan: Plan): Finding[] =>
  plan.tasks
    .filter((task) => task.units.length === 0)
    .map((task) =>
      finding("task.no-units", "error", `任务${label(task)}没有责任单位`, `task ${label(task)} names no responsible unit`, {
        task: label(task),
        line: task.line,
        column: task.column,
      }),
    );

// The endings of the names of institutions: 厅 局 委 办 部 … 公司 集团 分行, and places 市 县 区.
const INSTITUTION_END = /[厅廳局委办辦部会會院所室处處站队隊心司团團行社市县縣区區州镇鎮乡鄉村府位门門构構署关關校组組台省军軍庭盟旗馆館]$/;

/**
 * A unit name that ran across a line break was rejoined by the parser; say so (info), and warn
 * when the rejoined name still does not end like an institution's name, as it may be cut.
 */
export const unitBrokenByLineBreak = (plan: Plan): Finding[] =>
  plan.tasks.flatMap((task) =>
    task.units
      .filter((unit) => unit.joined)
      .map((unit) => {
        const name = unit.name.replace(/[(\uFF08][^()\uFF08\uFF09]*[)\uFF09]$/, "");
        const looksWhole = unit.group || INSTITUTION_END.test(name);
        return finding(
          "unit.line-break",
          looksWhole ? "info" : "warning",
          looksWhole ? `任务${label(task)}的单位“${unit.name}”跨行,已接合` : `任务${label(task)}的单位“${unit.name}”跨行,名称可能不完整`,
          looksWhole ? `task ${label(task)}: unit "${unit.name}" ran across a line break and was rejoined` : `task ${label(task)}: unit "${unit.name}" ran across a line break and may be cut`,
          { task: label(task), line: unit.line, column: unit.column },
        );
      }),
  );
