// pnpm bench: parse+validate throughput on the seed, against a baseline measured in the same
// run: decoding the same bytes plus one regular-expression pass over them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parsePlan, validatePlan } from "../src/index.js";
import { compare, row, type Measurement } from "./measure.js";

const seedPath = fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url));
const bytes = new Uint8Array(readFileSync(seedPath));
const SCAN = /(\d+(?:\.\d+)?)|[(\uFF08][^()\uFF08\uFF09]*[)\uFF09]|[。;\uFF1B\n]/g;

let sink = 0;
const [baseline, parse, both] = compare(
  {
    "baseline: decode + one regex pass": () => {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      for (const m of text.matchAll(SCAN)) sink += m.index;
    },
    "parsePlan (bytes → Plan)": () => {
      sink += parsePlan(bytes).tasks.length;
    },
    "parsePlan + validatePlan": () => {
      sink += validatePlan(parsePlan(bytes)).length;
    },
  },
  { rounds: 15, budgetMs: 150 },
) as [Measurement, Measurement, Measurement];

console.log(`seed: ${bytes.length.toLocaleString("en-US")} bytes, ${parsePlan(bytes).tasks.length} tasks`);
console.log(row(baseline, bytes.length));
console.log(row(parse, bytes.length, baseline));
console.log(row(both, bytes.length, baseline));
const ratio = both.ms / baseline.ms;
console.log(`parse+validate / baseline = ${ratio.toFixed(1)}× (aim: ≤ 10×) ${ratio <= 10 ? "✓" : "✗ over the aim"}`);
if (sink === -1) console.log("");
