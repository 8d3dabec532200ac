// pnpm fuzz: reads many hostile files (see arbitraries.ts) through the file readers and reports
// what came of them: plans returned, typed errors by code and limit, untyped throws, plans the
// Plan schema refuses (named by the zod issue's path), cases over the time watch, hangs, heap
// exhaustion and peak memory. Each finding's file is saved with what made it to
// packages/domain/fuzz/out/ (not committed). Exits 1 when there is a finding.
//
//   pnpm fuzz                                   100,000 cases
//   pnpm fuzz -- --cases 5000 --seed 7          or FUZZ_CASES=5000 FUZZ_SEED=7 pnpm fuzz
//   options: --watch MS (slow case, 2000), --hang MS (stop the worker, 60000), --heap MB (1024),
//            --light (bombs at test sizes)

import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { caseAt, type Done, type Message, type Started } from "./worker.js";
import { spawnWorker } from "./spawn.js";

const { values } = parseArgs({
  options: {
    cases: { type: "string", default: process.env.FUZZ_CASES ?? "100000" },
    seed: { type: "string", default: process.env.FUZZ_SEED ?? String(Date.now() % 1_000_000) },
    watch: { type: "string", default: "2000" },
    hang: { type: "string", default: "60000" },
    heap: { type: "string", default: "1024" },
    light: { type: "boolean", default: false },
  },
  // pnpm passes its own "--" on to the script.
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
});
const total = Number(values.cases);
const seed = Number(values.seed);
const [watchMs, hangMs, heapMb] = [Number(values.watch), Number(values.hang), Number(values.heap)];
const heavy = !values.light;
const outDir = fileURLToPath(new URL("./out/", import.meta.url));

interface Finding {
  readonly what: string;
  readonly started: Started;
  readonly detail: string;
}

const counts = { read: 0, typed: new Map<string, number>(), families: new Map<string, { n: number; ms: number }>() };
const findings: Finding[] = [];
const slowest: { ms: number; started: Started }[] = [];
let [maxHeap, maxHeapCase] = [0, ""];
let done = 0;
const began = performance.now();
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** Saves the case's file and what is known of it, to read again with the reader it failed in. */
const save = (finding: Finding) => {
  mkdirSync(outDir, { recursive: true });
  const { index, family, name } = finding.started;
  const c = caseAt(seed, index, heavy);
  const base = `${outDir}${seed}-${index}-${family}`;
  writeFileSync(`${base}${/\.[a-z]+$/.exec(name)?.[0] ?? ".bin"}`, c.bytes());
  writeFileSync(`${base}.json`, `${JSON.stringify({ seed, heavy, ...finding.started, what: finding.what, detail: finding.detail }, null, 2)}\n`);
};
const find = (what: string, started: Started, detail: string) => {
  const finding = { what, started, detail };
  findings.push(finding);
  save(finding);
  console.error(`  ${what}: case ${started.index} (${started.family}: ${started.label}, ${started.reader} ${started.name}): ${detail}`);
};

const record = (started: Started, d: Done) => {
  done++;
  const family = counts.families.get(started.family) ?? { n: 0, ms: 0 };
  counts.families.set(started.family, { n: family.n + 1, ms: family.ms + d.ms });
  if (d.kind === "read") counts.read++;
  else if (d.kind === "typed") bump(counts.typed, d.limit ? `${d.code} (${d.limit})` : d.code!);
  else if (d.kind === "invalid") find("schema-invalid plan", started, d.error!);
  else find("untyped throw", started, d.error!);
  if (d.ms > watchMs) find(`over ${watchMs} ms`, started, `${Math.round(d.ms)} ms`);
  slowest.push({ ms: d.ms, started });
  slowest.sort((a, b) => b.ms - a.ms).splice(5);
  if (d.heapUsed > maxHeap) [maxHeap, maxHeapCase] = [d.heapUsed, `${started.family}: ${started.label}`];
  if (done % 5000 === 0) console.error(`  ${done.toLocaleString("en-US")} cases, ${Math.round((performance.now() - began) / 1000)} s`);
};

/** Runs cases from `from` in a fresh worker until all are done, restarting past a case that hangs or exhausts the heap. */
const runFrom = (from: number): Promise<void> =>
  new Promise((resolve) => {
    if (from >= total) return resolve();
    const worker = spawnWorker(heapMb);
    let current: Started | undefined;
    let timer: NodeJS.Timeout | undefined;
    let next = from;
    const restart = (what: string, detail: string) => {
      clearTimeout(timer);
      worker.removeAllListeners();
      void worker.terminate();
      if (current) {
        done++;
        find(what, current, detail);
        next = current.index + 1;
      }
      resolve(runFrom(next));
    };
    worker.on("message", (message: Message) => {
      if (message.type === "start") {
        current = message;
        clearTimeout(timer);
        timer = setTimeout(() => restart(`hang (over ${hangMs} ms)`, "the worker was stopped"), hangMs);
      } else if (message.type === "done") {
        clearTimeout(timer);
        record(current!, message);
        next = message.index + 1;
        current = undefined;
      } else {
        worker.removeAllListeners();
        void worker.terminate();
        resolve();
      }
    });
    worker.on("error", (error) => restart((error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY" ? `out of heap (${heapMb} MB)` : "worker crashed", String(error)));
    worker.postMessage({ type: "cases", seed, from, to: total, heavy });
  });

console.error(`fuzz: ${total.toLocaleString("en-US")} cases, seed ${seed}${heavy ? "" : ", light bombs"}, watch ${watchMs} ms, heap ${heapMb} MB`);
await runFrom(0);

const seconds = (performance.now() - began) / 1000;
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
const line = (label: string, value: string | number) => console.log(`${label.padEnd(28)} ${typeof value === "number" ? value.toLocaleString("en-US") : value}`);
const byWhat = (what: string) => findings.filter((f) => f.what.startsWith(what)).length;
console.log(`\nfuzz report — seed ${seed}, ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`);
line("cases", done);
for (const [f, { n, ms }] of counts.families) line(`  ${f}`, `${n.toLocaleString("en-US")} (mean ${(ms / n).toFixed(1)} ms)`);
line("plans (or values) returned", counts.read);
line(
  "typed errors",
  [...counts.typed.values()].reduce((a, b) => a + b, 0),
);
for (const [code, n] of [...counts.typed].sort((a, b) => b[1] - a[1])) line(`  ${code}`, n);
line("untyped throws", byWhat("untyped"));
line("schema-invalid plans", byWhat("schema-invalid"));
line(`over ${watchMs} ms`, byWhat("over"));
line("hangs (worker stopped)", byWhat("hang"));
line(`out of heap (${heapMb} MB)`, byWhat("out of heap") + byWhat("worker crashed"));
line("slowest", slowest.map((s) => `${Math.round(s.ms)} ms (${s.started.label})`).join("; "));
line("peak RSS (whole process)", mb(process.resourceUsage().maxRSS * 1024));
line("largest heap after a case", `${mb(maxHeap)} (${maxHeapCase})`);
if (findings.length > 0) line("reproducers", outDir);
process.exitCode = findings.length > 0 ? 1 : 0;
