import { z } from "zod";

/** A due date as the document words it. `text` is null when the document prints none and the date was inferred (end of the plan year). `date` is null for open-ended phrases such as 持续推进. */
export const Deadline = z.object({
  text: z.string().nullable(),
  date: z.iso.date().nullable(),
});
export type Deadline = z.infer<typeof Deadline>;
