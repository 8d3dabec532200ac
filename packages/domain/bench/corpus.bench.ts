// pnpm bench (part 2): a ≥10 MB generated corpus of plans in mixed layouts and scripts, against
// the decode + one-regex-pass baseline in the same run; peak memory; and growth from 0.5 MB to
// 5 MB (or the largest document LIMITS lets in: two million characters, lines of one million), on
// realistic and on adversarial input, to show that parsing time stays linear.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LIMITS, parsePlan, validatePlan } from "../src/index.js";
import { bigDocument, corpus, nestedBrackets, noPunctuation, oneLine } from "./corpus.js";
import { compare } from "./measure.js";

const MB = 1_000_000;
const encoder = new TextEncoder();
const SCAN = /(\d+(?:\.\d+)?)|[(\uFF08][^()\uFF08\uFF09]*[)\uFF09]|[。;\uFF1B\n]/g;
let sink = 0;
const scan = (bytes: Uint8Array) => {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  for (const m of text.matchAll(SCAN)) sink += m.index;
};
const parseAll = (bytes: Uint8Array) => {
  sink += validatePlan(parsePlan(bytes)).length;
};
const mbps = (bytes: number, ms: number) => `${(bytes / MB / (ms / 1000)).toFixed(1)} MB/s`;

// 1. Throughput on the corpus.
const docs = corpus(10 * MB).map((text) => encoder.encode(text));
const total = docs.reduce((n, d) => n + d.length, 0);
const tasks = docs.reduce((n, d) => n + parsePlan(d).tasks.length, 0);
const [base, full] = compare(
  {
    baseline: () => docs.forEach(scan),
    parse: () => docs.forEach(parseAll),
  },
  { rounds: 3, budgetMs: 1 },
);
console.log(`corpus: ${docs.length} plans, ${(total / MB).toFixed(1)} MB, ${tasks.toLocaleString("en-US")} tasks, layouts A–F, Simplified and Traditional`);
console.log(`  baseline (decode + one regex pass)  ${base!.ms.toFixed(0).padStart(6)} ms  ${mbps(total, base!.ms)}`);
console.log(`  parsePlan + validatePlan            ${full!.ms.toFixed(0).padStart(6)} ms  ${mbps(total, full!.ms)}   ${(full!.ms / base!.ms).toFixed(1)}× baseline`);

// 2. Growth by ten times, up to 5 MB or the most characters LIMITS lets in.
const LARGE = 5 * MB;
/** The largest size up to LARGE whose document stays within LIMITS (its characters and its longest line). */
const largest = (make: (bytes: number) => string): number => {
  const fits = (text: string) => text.length <= LIMITS.textChars && Math.max(...text.split("\n").map((l) => l.length)) <= LIMITS.lineChars;
  let bytes = LARGE;
  while (!fits(make(bytes))) bytes = Math.floor(bytes * 0.8);
  return bytes;
};
console.log("\ngrowth ×10 up to 5 MB (a ratio near 10 is linear):");
const cases: [string, (bytes: number) => string][] = [
  ["one big document, mixed layouts", bigDocument],
  ["the whole document on one line", oneLine],
  ["thousands of nested brackets", nestedBrackets],
  ["a line with no punctuation", noPunctuation],
];
for (const [name, make] of cases) {
  const size = largest(make);
  const small = encoder.encode(make(size / 10));
  const large = encoder.encode(make(size));
  const [s, l] = compare({ small: () => parseAll(small), large: () => parseAll(large) }, { rounds: 3, budgetMs: 1 });
  const ratio = (l!.ms / s!.ms) * (small.length / large.length) * 10;
  const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;
  console.log(
    `  ${name.padEnd(34)} ${mb(small.length).padStart(7)} ${s!.ms.toFixed(0).padStart(5)} ms   ${mb(large.length).padStart(6)} ${l!.ms.toFixed(0).padStart(6)} ms   ratio ${ratio.toFixed(1)} ${ratio <= 15 ? "✓ linear" : "✗ super-linear"}`,
  );
}

// 3. Peak memory, each job in a fresh process.
const dir = mkdtempSync(join(tmpdir(), "plan-bench-"));
const file = join(dir, "big.txt");
writeFileSync(file, bigDocument(largest(bigDocument)));
const probe = fileURLToPath(new URL("./memory-probe.ts", import.meta.url));
const peak = (mode: string) => JSON.parse(execFileSync(process.execPath, ["--import", "tsx", probe, mode, file], { encoding: "utf8" })) as { before: number; peak: number };
const b = peak("baseline");
const p = peak("parse");
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
console.log(`\npeak memory on the largest document LIMITS lets in (resident, whole process):`);
console.log(`  baseline  ${mib(b.peak)} (after reading the file: ${mib(b.before)})`);
console.log(`  parse     ${mib(p.peak)}   ${((p.peak - p.before) / Math.max(1, b.peak - b.before)).toFixed(1)}× the baseline's growth`);
rmSync(dir, { recursive: true, force: true });
if (sink === -1) console.log("");
