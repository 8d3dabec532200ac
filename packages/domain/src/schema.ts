import { z } from "zod";
import { Plan } from "./models/plan.js";

/** The JSON Schema (draft 2020-12) of a parsed Plan, for consumers in other languages. */
export const planJsonSchema = (): Record<string, unknown> => z.toJSONSchema(Plan, { target: "draft-2020-12" }) as Record<string, unknown>;
