// A plan's status seen by one unit: the tasks it leads or supports, rolled up again.

import type { PlanStatus } from "../models/status.js";
import { rollup } from "./rollup.js";

/**
 * The status cut to the tasks a unit leads or supports (its canonical name, see resolveUnit): the
 * overall and per-area rollups counted again over those tasks, and only that unit's rollups by unit.
 */
export const statusForUnit = (status: PlanStatus, unit: string): PlanStatus => {
  const tasks = status.tasks.filter((t) => t.lead.includes(unit) || t.support.includes(unit));
  const areas = [...new Set(tasks.flatMap((t) => (t.area === null ? [] : [t.area])))];
  return {
    ...status,
    tasks,
    overall: rollup("plan", null, tasks),
    byArea: areas.map((area) =>
      rollup(
        area,
        null,
        tasks.filter((t) => t.area === area),
      ),
    ),
    byUnit: status.byUnit.filter((r) => r.key === unit),
  };
};
