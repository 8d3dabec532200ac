import { z } from "zod";

/** What kind of body a unit is; a supervisor chases each differently. */
export const UnitKind = z.enum(["department", "government", "central-agency", "company", "group", "other"]);
export type UnitKind = z.infer<typeof UnitKind>;

/**
 * A user's unit registry (plan … --units units.json): canonical names with their aliases and
 * kinds, and the real units each group placeholder stands for.
 */
export const UnitRegistry = z
  .object({
    units: z
      .array(
        z
          .object({
            name: z.string().min(1),
            aliases: z.array(z.string().min(1)).default([]),
            kind: UnitKind.optional(),
          })
          .strict(),
      )
      .default([]),
    /** Placeholder → the units it stands for: { "有关设区市": ["赣州市", "吉安市"] }. */
    groups: z.record(z.string(), z.array(z.string().min(1))).default({}),
  })
  .strict();
export type UnitRegistry = z.infer<typeof UnitRegistry>;
