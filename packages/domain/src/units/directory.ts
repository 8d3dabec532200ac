// The plan's units: every printing resolved to the unit it means, with the tasks each unit
// leads, is responsible for and supports.

import type { Task } from "../models/task.js";
import type { Unit } from "../models/unit.js";
import { cleanName } from "./name.js";
import type { UnitResolver } from "./registry.js";

/** Sets each task unit's `unit` and returns the units in order of first mention. */
export const unitDirectory = (tasks: readonly Task[], resolver: UnitResolver): Unit[] => {
  const byKey = new Map<string, Unit>();
  // A unit named by thousands of tasks would make `includes` on its task list quadratic.
  const listed = new Set<string>();
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
      // A printing that differs only by characters nobody sees (a zero-width space) is no other printing.
      if (cleanName(ref.name) !== unit.name && !unit.aliases.includes(ref.name)) unit.aliases.push(ref.name);
      const entry = `${resolvedRef.key}\u0000${ref.role}\u0000${task.id}`;
      if (!listed.has(entry)) {
        listed.add(entry);
        unit.tasks[ref.role].push(task.id);
      }
    }
  }
  return [...byKey.values()];
};
