// plan validate <file|plan> [--json]: findings of every rule; exit 1 when any is an error.

import { validatePlan, type Finding } from "@plan/domain";
import { EXIT } from "../errors.js";
import type { Io } from "../io.js";
import { PLAN_SOURCE_HELP, readPlanSource } from "../input/plan-source.js";
import { INPUT_OPTIONS } from "../input/read-plan.js";
import { table } from "../output/table.js";
import { DB_OPTION } from "../with-store.js";
import { parseCommandArgs } from "./args.js";

export const validateHelp = `plan validate <file|plan> [--json] [--db URL] [input options]
  Checks a work plan: missing units, task numbering, declared counts, targets, deadlines.
  Exit 1 when any finding is an error, else 0. A stored plan's findings name the file it came from.
${PLAN_SOURCE_HELP}
  --json         print the findings as a JSON array`;

export const validate = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, {
    json: { type: "boolean", default: false },
    ...DB_OPTION,
    ...INPUT_OPTIONS,
  });
  const { plan, name } = await readPlanSource(positionals[0], values, io);
  const findings = validatePlan(plan);
  io.stdout(values.json ? `${JSON.stringify(findings, null, 2)}\n` : `${findingsText(name, findings)}\n`);
  return findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
};

const findingsText = (file: string, findings: readonly Finding[]): string => {
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  const totals = `${count("error")} errors, ${count("warning")} warnings, ${count("info")} info`;
  if (findings.length === 0) return `${file}: no findings`;
  const rows = findings.map((f) => [f.severity, f.task ?? "", f.line === null ? "" : `${file}:${f.line}:${f.column ?? 1}`, f.code, f.message]);
  return `${table([{ header: "Severity" }, { header: "Task", align: "right" }, { header: "Where" }, { header: "Code" }, { header: "Message" }], rows)}\n\n${totals}`;
};
