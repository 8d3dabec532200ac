// The office's review of a report (审核): accept it, or return it (退回) with a reason its unit
// reads. A returned report stops counting for status; accepting changes nothing status reads.

import type { ProgressReport, ReviewDecision } from "@plan/domain";
import { Effect } from "effect";
import type { StoreError } from "../errors.js";
import { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";

/** Accepts or returns a submitted report: the office only; a return needs a reason; a report is reviewed once. */
export const reviewReport = (plan: string, reportId: string, decision: ReviewDecision, caller: Caller): Effect.Effect<ProgressReport, StoreError, PlanStore> =>
  Effect.gen(function* () {
    yield* allow(caller, "review a report");
    return yield* (yield* PlanStore).saveReview(plan, reportId, decision, caller.actor);
  });
