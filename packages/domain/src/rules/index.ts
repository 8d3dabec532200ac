// validatePlan runs every rule; each rule is one function with one stable code.

import type { Finding } from "../models/finding.js";
import type { Plan } from "../models/plan.js";
import { countAgainstDeclaration } from "./counts.js";
import { deadlineOutsideYear } from "./deadlines.js";
import { duplicateTaskNumber, missingTaskNumber } from "./numbers.js";
import { nonPositiveTarget, targetWithoutUnit } from "./targets.js";
import { emptyTitle } from "./titles.js";
import { taskWithoutUnits, unitBrokenByLineBreak } from "./units.js";

/** A validation rule: the findings it makes of a plan, empty when it has nothing to say. */
export type Rule = (plan: Plan) => Finding[];

/** What the parser had to guess or could not read (it notes these while reading). */
const parserNotes: Rule = (plan) => plan.notes;

/** Every rule validatePlan runs, the parser's own notes first. */
export const RULES: readonly Rule[] = [
  parserNotes,
  taskWithoutUnits,
  duplicateTaskNumber,
  missingTaskNumber,
  countAgainstDeclaration,
  emptyTitle,
  nonPositiveTarget,
  targetWithoutUnit,
  deadlineOutsideYear,
  unitBrokenByLineBreak,
];

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** All findings for a plan, errors first, then by line. */
export const validatePlan = (plan: Plan): Finding[] =>
  RULES.flatMap((rule) => rule(plan)).sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
