// A client that lost the answer to a write sends it again under the same Idempotency-Key. The
// retry must record nothing new and get the first answer back; the same key sent with a different
// request is a client's mistake, refused rather than guessed at. Decided here for every way a
// report is written; the store only finds what an actor's key was first used for.

import { PlanError } from "../errors.js";

/** What an actor's idempotency key was first used for: the request's fingerprint and the report it recorded. */
export interface FirstUse {
  readonly requestHash: string;
  readonly reportId: string;
}

/** What becomes of a write under an idempotency key: a first use, a retry answered with the first report, or refused. */
export type RetryOutcome = { readonly outcome: "first" } | { readonly outcome: "replay"; readonly reportId: string } | { readonly outcome: "refused"; readonly error: PlanError };

/** The rule: a key not seen is a first use; seen with the same request, a retry; seen with another, a conflict naming the key. */
export const admitRetry = (key: string, firstUse: FirstUse | undefined, requestHash: string): RetryOutcome => {
  if (firstUse === undefined) return { outcome: "first" };
  if (firstUse.requestHash === requestHash) return { outcome: "replay", reportId: firstUse.reportId };
  return { outcome: "refused", error: new PlanError("store.conflict", `Idempotency-Key ${key} was used for a different report`, { idempotencyKey: key }) };
};
