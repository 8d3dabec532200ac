// The plan's units: every printing resolved to the unit it means, with the tasks each unit
// leads, is responsible for and supports.

import type { Task } from "../models/task.js";
import type { Unit } from "../models/unit.js";
import type { UnitResolver } from "./registry.js";

/** Sets each task unit's `unit` and returns the units in order of first mention. */
export const unitDirectory = (tasks: readonly Task[], resolver: UnitResolver): Unit[] => {
  const byKey = new Map<string, Unit>();
  const resolved = resolver.resolveAll(tasks.flatMap((t) => t.units.map((u) => u.name)));
  let next = 0;
  for (const task of tasks) {
    for (const ref of task.units) {
      const resolvedRef = resolved[next++]!;
      let unit = byKey.get(resolvedRef.key);
      if (!unit) {
        unit = {
          name: resolvedRef.registered ?? resolvedRef.parent,
          kind: resolvedRef.kind,
          group: ref.group,
          aliases: [],
          members: [...resolvedRef.members],
          tasks: { lead: [], responsible: [], support: [] },
        };
        byKey.set(resolvedRef.key, unit);
      }
      ref.unit = unit.name;
      if (ref.name !== unit.name && !unit.aliases.includes(ref.name)) unit.aliases.push(ref.name);
      const list = unit.tasks[ref.role];
      if (!list.includes(task.id)) list.push(task.id);
    }
  }
  return [...byKey.values()];
};
