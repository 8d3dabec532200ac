// One fuzz case through one reader, and what came of it: a Plan (or the reader's value), a typed
// PlanError, a plan the Plan schema refuses, or anything else — the bugs the fuzzer looks for.
// Shared by the test suite's brief run and `pnpm fuzz`, so that both judge a case alike.

import { detectFormat, LimitError, Plan, parsePlanFile, PlanError, readCsv, readDocx, readXlsx, type PlanErrorCode } from "../src/index.js";

export const READERS = ["parsePlanFile", "readDocx", "readXlsx", "readCsv", "detectFormat"] as const;
export type Reader = (typeof READERS)[number];

export interface FuzzCase {
  /** Which generator made it (mutated-fixture, synthetic-xlsx, bomb, …). */
  readonly family: string;
  /** What was done to make it, enough to tell cases apart in a report. */
  readonly label: string;
  /** The file name it is read under: its extension picks parsePlanFile's format when the bytes do not. */
  readonly name: string;
  readonly reader: Reader;
  /** Built on demand: a case can stand for megabytes without holding them until it runs. */
  readonly bytes: () => Uint8Array;
}

export type Outcome =
  | { readonly kind: "read"; readonly value: unknown }
  | { readonly kind: "typed"; readonly code: PlanErrorCode; readonly limit?: string; readonly message: string }
  | { readonly kind: "untyped"; readonly error: unknown }
  /** A plan returned that the Plan schema refuses: each issue as `path: message` (`tasks.3.targets.0.value: …`). */
  | { readonly kind: "invalid"; readonly issues: readonly string[] };

/**
 * Reads the bytes with the case's reader, and checks a plan it returns against the Plan schema;
 * never throws. `timed` is told how long the reading took, the check not counted.
 */
export const runCase = (c: FuzzCase, bytes: Uint8Array, timed: (ms: number) => void = () => {}): Outcome => {
  let value: unknown;
  const start = performance.now();
  try {
    value = read(c, bytes);
  } catch (error) {
    if (error instanceof PlanError) {
      return { kind: "typed", code: error.code, message: error.message, ...(error instanceof LimitError ? { limit: error.limit } : {}) };
    }
    return { kind: "untyped", error };
  } finally {
    timed(performance.now() - start);
  }
  if (c.reader === "parsePlanFile") {
    const issues = planIssues(value);
    if (issues.length > 0) return { kind: "invalid", issues };
  }
  return { kind: "read", value };
};

/** Where a value breaks the Plan schema, one `path: message (code)` per issue; none for a valid plan. */
export const planIssues = (value: unknown): string[] => {
  const parsed = Plan.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(plan)"}: ${issue.message} (${issue.code})`);
};

/** One line for a schema-invalid plan: its first issues by path, and how many more. */
export const describeIssues = (issues: readonly string[], shown = 3): string => issues.slice(0, shown).join("; ") + (issues.length > shown ? `; and ${issues.length - shown} more` : "");

const read = (c: FuzzCase, bytes: Uint8Array): unknown => {
  switch (c.reader) {
    case "parsePlanFile":
      return parsePlanFile(bytes, { name: c.name });
    case "readDocx":
      return readDocx(bytes);
    case "readXlsx":
      return readXlsx(bytes);
    case "readCsv":
      // readCsv takes text: the bytes as a lenient UTF-8 decoder reads them.
      return readCsv(new TextDecoder().decode(bytes));
    case "detectFormat":
      return detectFormat(bytes, c.name);
  }
};

/** One line for an error that is not a PlanError: its kind, message and where it was thrown. */
export const describeError = (error: unknown): string => {
  if (!(error instanceof Error)) return `non-Error thrown: ${String(error)}`;
  const at =
    error.stack
      ?.split("\n")
      .find((l) => l.includes("/src/"))
      ?.trim() ?? "";
  return `${error.name}: ${error.message.slice(0, 200)} ${at}`;
};
