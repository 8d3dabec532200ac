// The store's typed failure, with the same stable codes as the domain, and which database
// errors are worth retrying.

import { PlanError, type PlanErrorCode } from "@plan/domain";
import { Data, Effect } from "effect";

export class StoreError extends Data.TaggedError("StoreError")<{
  readonly code: PlanErrorCode;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
  /** A busy or dropped database: the same call may succeed if tried again. */
  readonly transient: boolean;
}> {}

// SQLite: busy or locked. PostgreSQL: serialization failure, deadlock, admin shutdown, cannot connect now.
const TRANSIENT_CODES = new Set(["SQLITE_BUSY", "SQLITE_LOCKED", "40001", "40P01", "57P01", "57P03", "53300", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT"]);
const UNIQUE_VIOLATION = new Set(["SQLITE_CONSTRAINT_PRIMARYKEY", "SQLITE_CONSTRAINT_UNIQUE", "23505"]);

// A unique violation on report_claims: another write took a report's place first (see
// repo/duplicates.ts). Worth trying again: the next try sees that write's report.
const claimTaken = (message: string): boolean => message.includes("report_claims");

/** Maps anything thrown below the store to a StoreError. */
export const toStoreError = (error: unknown): StoreError => {
  if (error instanceof StoreError) return error;
  if (error instanceof PlanError) return new StoreError({ code: error.code, message: error.message, details: error.details, transient: false });
  const code = String((error as { code?: unknown })?.code ?? "");
  const message = (error as Error)?.message ?? String(error);
  // D1 reports SQLite's codes only in its messages.
  if (/SQLITE_BUSY|database is locked|D1_ERROR: Network connection lost/i.test(message) && !TRANSIENT_CODES.has(code)) {
    return new StoreError({ code: "store.unavailable", message: `database busy or unreachable: ${message}`, details: { cause: "busy" }, transient: true });
  }
  if (/UNIQUE constraint failed|PRIMARY KEY constraint failed/i.test(message) && !UNIQUE_VIOLATION.has(code)) {
    return new StoreError({ code: "store.conflict", message, details: { cause: "unique" }, transient: claimTaken(message) });
  }
  if (TRANSIENT_CODES.has(code)) return new StoreError({ code: "store.unavailable", message: `database busy or unreachable: ${message}`, details: { cause: code }, transient: true });
  if (UNIQUE_VIOLATION.has(code)) return new StoreError({ code: "store.conflict", message, details: { cause: code }, transient: claimTaken(message) });
  return new StoreError({ code: "store.failed", message, details: { cause: code || "unknown" }, transient: false });
};

/** Runs pure domain code inside a verb: what it throws becomes the verb's StoreError. */
export const attempt = <A>(work: () => A): Effect.Effect<A, StoreError> => Effect.try({ try: work, catch: toStoreError });

/** A verb's refusal with one of the domain's codes. */
export const refuse = (code: PlanErrorCode, message: string, details: Record<string, unknown> = {}): Effect.Effect<never, StoreError> =>
  Effect.fail(new StoreError({ code, message, details, transient: false }));

/**
 * Maps a refusal of files to a StoreError that names them, as every refusal of a file does: one
 * that names none (a deadline passed in a worker thread) gets the names before its message, and
 * `file` (one document) or `files` (sheets read together) in its details.
 */
export const namingFiles =
  (named: { readonly file: string } | { readonly files: readonly string[] }) =>
  (error: unknown): StoreError => {
    const e = toStoreError(error);
    if (e.details["file"] !== undefined) return e;
    const names = "file" in named ? named.file : named.files.join(", ");
    return toStoreError(new PlanError(e.code, `${names}: ${e.message}`, { ...e.details, ...named }));
  };
