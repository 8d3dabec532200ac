// The plan's units: every printing resolved to the unit it means, with the tasks each unit
// leads, is responsible for and supports.

import type { Task } from "../models/task.js";
import type { Unit } from "../models/unit.js";
import type { UnitResolver } from "./registry.js";

/** Sets each task unit's `unit` and returns the units in order of first mention. */
export const unitDirectory = (tasks: readonly Task[], resolver: UnitResolver): Unit[] => {
  const byKey = new Map<string, Unit>();
  for (const task of tasks) {
    for (const ref of task.units) {
      const resolved = resolver.resolve(ref.name);
      let unit = byKey.get(resolved.key);
      if (!unit) {
        unit = {
          name: resolved.registered ?? resolved.parent,
          kind: resolved.kind,
          group: ref.group,
          aliases: [],
          members: [...resolved.members],
          tasks: { lead: [], responsible: [], support: [] },
        };
        byKey.set(resolved.key, unit);
      }
      ref.unit = unit.name;
      if (ref.name !== unit.name && !unit.aliases.includes(ref.name)) unit.aliases.push(ref.name);
      const list = unit.tasks[ref.role];
      if (!list.includes(task.number)) list.push(task.number);
    }
  }
  return [...byKey.values()];
};
