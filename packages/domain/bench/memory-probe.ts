// Run in a child process by corpus.bench.ts: reads a file, does one job on it, prints the
// process's peak resident memory (KiB) as JSON. A fresh process per job keeps peaks apart.
import { readFileSync } from "node:fs";
import { parsePlan, validatePlan } from "../src/index.js";

const [mode, file] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file!));
const before = process.resourceUsage().maxRSS;
let sink = 0;
if (mode === "baseline") {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)|[(\uFF08][^()\uFF08\uFF09]*[)\uFF09]|[。;\uFF1B\n]/g)) sink += m.index;
} else {
  sink += validatePlan(parsePlan(bytes)).length;
}
console.log(JSON.stringify({ before, peak: process.resourceUsage().maxRSS, sink }));
