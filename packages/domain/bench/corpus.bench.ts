// pnpm bench (part 2): a ≥10 MB generated corpus of plans in mixed layouts and scripts, against
// the decode + one-regex-pass baseline in the same run; peak memory; and growth from 1 MB to
// 10 MB, on realistic and on adversarial input, to show that parsing time stays linear.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parsePlan, validatePlan } from "../src/index.js";
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

// 2. Growth from 1 MB to 10 MB.
console.log("\ngrowth 1 MB → 10 MB (a ratio near 10 is linear):");
const cases: [string, (bytes: number) => string][] = [
  ["one big document, mixed layouts", bigDocument],
  ["the whole document on one line", oneLine],
  ["thousands of nested brackets", nestedBrackets],
  ["a 10 MB line with no punctuation", noPunctuation],
];
for (const [name, make] of cases) {
  const small = encoder.encode(make(MB));
  const large = encoder.encode(make(10 * MB));
  const [s, l] = compare({ small: () => parseAll(small), large: () => parseAll(large) }, { rounds: 3, budgetMs: 1 });
  const ratio = (l!.ms / s!.ms) * (small.length / large.length) * 10;
  console.log(`  ${name.padEnd(34)} 1 MB ${s!.ms.toFixed(0).padStart(5)} ms   10 MB ${l!.ms.toFixed(0).padStart(6)} ms   ratio ${ratio.toFixed(1)} ${ratio <= 15 ? "✓ linear" : "✗ super-linear"}`);
}

// 3. Peak memory, each job in a fresh process.
const dir = mkdtempSync(join(tmpdir(), "plan-bench-"));
const file = join(dir, "big.txt");
writeFileSync(file, bigDocument(10 * MB));
const probe = fileURLToPath(new URL("./memory-probe.ts", import.meta.url));
const peak = (mode: string) => JSON.parse(execFileSync(process.execPath, ["--import", "tsx", probe, mode, file], { encoding: "utf8" })) as { before: number; peak: number };
const b = peak("baseline");
const p = peak("parse");
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
console.log(`\npeak memory on a 10 MB document (resident, whole process):`);
console.log(`  baseline  ${mib(b.peak)} (after reading the file: ${mib(b.before)})`);
console.log(`  parse     ${mib(p.peak)}   ${((p.peak - p.before) / Math.max(1, b.peak - b.before)).toFixed(1)}× the baseline's growth`);
rmSync(dir, { recursive: true, force: true });
if (sink === -1) console.log("");
