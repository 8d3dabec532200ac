import type { Plan } from "../models/plan.js";
import type { Unit } from "../models/unit.js";
import { unitKey } from "./key.js";

/** The plan's unit a name means, in any printing (script, abbreviation, sub-office, alias). */
export const findUnit = (plan: Pick<Plan, "units">, name: string): Unit | undefined => {
  const key = unitKey(name);
  return plan.units.find((u) => unitKey(u.name) === key || u.aliases.some((a) => unitKey(a) === key));
};
