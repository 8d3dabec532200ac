// For tests only: the PlanError a call throws, as code, message and details; a test fails where the
// call throws nothing or something else.
import { PlanError } from "./errors.js";

/** The PlanError `run` throws, as code, message and details. */
export const refusal = (run: () => unknown): { code: string; message: string; details: Readonly<Record<string, unknown>> } => {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanError) return { code: error.code, message: error.message, details: error.details };
    throw error;
  }
  throw new Error("expected a PlanError");
};
