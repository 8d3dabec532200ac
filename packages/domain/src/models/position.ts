import { z } from "zod";

/** 1-based line and column in the source document (columns count UTF-16 code units). */
export const Position = z.object({
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type Position = z.infer<typeof Position>;
