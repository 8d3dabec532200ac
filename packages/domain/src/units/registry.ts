// Resolves printed unit names to the units they mean: a user's registry first, then the
// built-in equivalences of key.ts, a sub-office to its parent.

import type { UnitKind, UnitRegistry } from "../models/registry.js";
import { kindOfSimplified } from "./kind.js";
import { keyOfSimplified, splitSubOffice, toSimplifiedAll, unitKey } from "./key.js";

/** What a printed unit name means: the unit, its key, and its sub-office, kind and members. */
export interface ResolvedUnit {
  /** The name the registry gives, or null when the registry does not know the unit. */
  readonly registered: string | null;
  /** Key shared by every printing of the unit. */
  readonly key: string;
  /** The parent's name as printed when the name was a sub-office: 省发展改革委 for 省发展改革委(苏区办). */
  readonly parent: string;
  /** The sub-office, if any: 苏区办. */
  readonly part: string | null;
  readonly kind: UnitKind;
  /** For a group placeholder, the units the registry says it stands for. */
  readonly members: readonly string[];
}

/** Resolves printed unit names against one registry, remembering the names it has seen. */
export interface UnitResolver {
  /** The unit a printed name means. */
  resolve(name: string): ResolvedUnit;
  /** Resolves many names at once: one script conversion for all of them. */
  resolveAll(names: readonly string[]): ResolvedUnit[];
}

/**
 * A resolver of unit names: a registry's names and aliases first, then the printings every
 * name shares (script, width, abbreviations), a sub-office counting as its parent unless the
 * registry names it. Without a registry, only the built-in equivalences apply.
 */
export const createUnitResolver = (registry?: UnitRegistry): UnitResolver => {
  const entries = new Map<string, { name: string; kind?: UnitKind }>();
  for (const unit of registry?.units ?? []) {
    for (const name of [unit.name, ...unit.aliases]) entries.set(unitKey(name), { name: unit.name, ...(unit.kind ? { kind: unit.kind } : {}) });
  }
  const groups = new Map(Object.entries(registry?.groups ?? {}).map(([name, members]) => [unitKey(name), members]));
  // Plans repeat the same few dozen names hundreds of times; script conversion is the costly part.
  const cache = new Map<string, ResolvedUnit>();

  const build = (name: string, simplifiedName: string): ResolvedUnit => {
    // A registry may name a sub-office itself; otherwise it counts as part of its parent.
    const wholeKey = keyOfSimplified(simplifiedName);
    const whole = entries.get(wholeKey);
    const { parent, part } = whole ? { parent: name, part: null } : splitSubOffice(name);
    const key = part === null ? wholeKey : keyOfSimplified(splitSubOffice(simplifiedName).parent);
    const entry = whole ?? entries.get(key);
    return {
      registered: entry?.name ?? null,
      key: entry ? unitKey(entry.name) : key,
      parent,
      part,
      kind: entry?.kind ?? kindOfSimplified(key),
      members: groups.get(key) ?? [],
    };
  };

  const resolveAll = (names: readonly string[]): ResolvedUnit[] => {
    const fresh = [...new Set(names.filter((n) => !cache.has(n)))];
    const simplified = toSimplifiedAll(fresh);
    fresh.forEach((name, i) => {
      cache.set(name, build(name, simplified[i]!));
    });
    return names.map((n) => cache.get(n)!);
  };

  return { resolve: (name) => resolveAll([name])[0]!, resolveAll };
};
