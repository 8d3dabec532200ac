// Mutation testing of the domain's core rules (`pnpm mutate` from the repository root; see the
// README, "Mutation testing: pnpm mutate"). Not part of `pnpm test`: a run takes minutes.
//
// Mutated: status (src/status), the validation rules (src/rules), quantity parsing and printing
// (src/quantity), the LIMITS table (src/limits.ts) and every line of a reader that checks an input
// against it (found below by the `LIMITS.` it names, so the lines follow edits to those files).
// Run: only the tests of those rules, each mutant against the tests that reach it (perTest).
// @ts-check
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The readers that check LIMITS; only their lines that name a limit are mutated. */
const LIMIT_READERS = [
  "src/formats/csv.ts",
  "src/formats/docx.ts",
  "src/formats/file.ts",
  "src/formats/xlsx.ts",
  "src/formats/xml.ts",
  "src/formats/zip.ts",
  "src/parse/outline.ts",
  "src/parse/plan.ts",
];

/** "file:line-line" for each line of code (not a comment) that names one of LIMITS. */
const limitChecks = (file) =>
  readFileSync(new URL(file, import.meta.url), "utf8")
    .split("\n")
    .flatMap((line, i) => (/\bLIMITS\.\w/.test(line) && !/^\s*(?:\/\/|\/?\*)/.test(line) ? [`${file}:${i + 1}-${i + 1}`] : []));

// The runner is a devDependency of the repository root: resolved from here, not by Stryker's
// scan of its own node_modules folder, which pnpm keeps apart.
const require = createRequire(import.meta.url);

export default {
  plugins: [require.resolve("@stryker-mutator/vitest-runner")],
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.ts", related: true },
  mutate: ["src/status/**/*.ts", "src/rules/**/*.ts", "src/quantity/**/*.ts", "src/limits.ts", "!src/**/*.test.ts", "!src/status/test-reports.ts", ...LIMIT_READERS.flatMap(limitChecks)],
  testFiles: [
    "src/status/**/*.test.ts",
    "src/rules/**/*.test.ts",
    "src/quantity/**/*.test.ts",
    "src/formats/csv.test.ts",
    "src/formats/xml.test.ts",
    "src/parse/outline.test.ts",
    "src/parse/plan.test.ts",
    "test/limits.test.ts",
    "test/limit-edges.test.ts",
  ],
  coverageAnalysis: "perTest",
  // A static mutant (one in a module-level table: LIMITS, SCALE_WORDS, SEVERITY…) is run against
  // every test above with the modules reloaded; in a first run they took 94 % of the time. They are
  // left out of the score, and the tables are pinned by tests of their own instead (see the README).
  ignoreStatic: true,
  concurrency: 2,
  incremental: true,
  incrementalFile: ".stryker/incremental.json",
  tempDirName: ".stryker-tmp",
  ignorePatterns: ["dist", "bench", "eval", ".stryker"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: ".stryker/mutation.html" },
  jsonReporter: { fileName: ".stryker/mutation.json" },
  clearTextReporter: { allowColor: true, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 85, break: 85 },
};
