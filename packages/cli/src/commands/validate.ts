// plan validate <file> [--json]: findings of every rule; exit 1 when any is an error.

import { validatePlan, type Finding } from "@plan/domain";
import { EXIT } from "../errors.js";
import type { Io } from "../io.js";
import { INPUT_OPTIONS, readPlan } from "../input/read-plan.js";
import { table } from "../output/table.js";
import { parseCommandArgs } from "./args.js";

export const validateHelp = `plan validate <file> [--json] [input options]
  Checks a work plan: missing units, task numbering, declared counts, targets, deadlines.
  Exit 1 when any finding is an error, else 0.
  --json         print the findings as a JSON array`;

export const validate = (argv: string[], io: Io): number => {
  const { values, positionals } = parseCommandArgs(argv, {
    json: { type: "boolean", default: false },
    ...INPUT_OPTIONS,
  });
  const file = positionals[0];
  const findings = validatePlan(readPlan(file, values));
  io.stdout(values.json ? `${JSON.stringify(findings, null, 2)}\n` : `${report(file!, findings)}\n`);
  return findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
};

const report = (file: string, findings: readonly Finding[]): string => {
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  const totals = `${count("error")} errors, ${count("warning")} warnings, ${count("info")} info`;
  if (findings.length === 0) return `${file}: no findings`;
  const rows = findings.map((f) => [f.severity, f.task ?? "", f.line === null ? "" : `${file}:${f.line}:${f.column ?? 1}`, f.code, f.message]);
  return `${table([{ header: "Severity" }, { header: "Task", align: "right" }, { header: "Where" }, { header: "Code" }, { header: "Message" }], rows)}\n\n${totals}`;
};
