// pnpm eval: the parser's quality on the annotated corpus (corpus/ at the root). Each document,
// as printed and with full-width punctuation, is read as `plan parse FILE --json` reads it and
// scored against its annotation; prints the table of ../shared/corpus/eval.sh, then both means,
// then the first readings of the newest documents (corpus/FIRST-READ.md) beside today's, then
// whether this scorer agrees with the reference score.py (eval/score.test.ts, where ../shared has it).
//
// pnpm eval --first-read NN-name …: records the first reading of newly annotated documents.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { documentNames, documentPath, readGold, VARIANTS, type Variant } from "./corpus.js";
import { FIRST_READ, newestFirstReadings, parserCommit, readFirstReadings, recordFirstReadings, type FirstReading } from "./first-read.js";
import { readLikeCli } from "./read-like-cli.js";
import { SCORE_PY } from "./reference.js";
import { documentRow, header, meanRow, means, type Figure } from "./report.js";
import { score, type Scores } from "./score.js";

const scoreOf = (name: string, variant: Variant) => {
  const reading = readLikeCli(documentPath(name, variant));
  return { scores: score(readGold(name), reading.plan), refused: reading.refused };
};

const firstRead = (names: readonly string[]) => {
  const known = new Set(documentNames());
  const unknown = names.filter((n) => !known.has(n));
  if (names.length === 0 || unknown.length > 0) {
    console.error(`usage: pnpm eval --first-read NN-name … (annotated documents in corpus/)${unknown.length ? `; not in corpus/: ${unknown.join(", ")}` : ""}`);
    process.exit(2);
  }
  const date = new Date().toISOString().slice(0, 10);
  const commit = parserCommit();
  const readings: FirstReading[] = names.flatMap((name) => VARIANTS.map((variant) => ({ name, variant, date, commit, figures: scoreOf(name, variant).scores })));
  try {
    recordFirstReadings(readings);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  console.log(`recorded in ${FIRST_READ}:`);
  for (const r of readings) console.log(documentRow(`${r.name}${r.variant}`, r.figures as Scores));
};

const evaluate = () => {
  const names = documentNames();
  const meanOf = new Map<Variant, Partial<Record<Figure, number>>>();
  const today = new Map<string, Scores>();
  for (const variant of VARIANTS) {
    console.log(`\n${header(`document${variant}`)}`);
    const all: Scores[] = [];
    for (const name of names) {
      const { scores, refused } = scoreOf(name, variant);
      all.push(scores);
      today.set(name + variant, scores);
      console.log(documentRow(name, scores, refused === undefined ? undefined : `refused: ${refused.split("\n")[0]!.slice(0, 80)}`));
    }
    meanOf.set(variant, means(all));
    console.log(meanRow("mean", meanOf.get(variant)!));
  }

  console.log(`\n${header(`mean of ${names.length}`, 24)}`);
  for (const variant of VARIANTS) console.log(meanRow(variant, meanOf.get(variant)!, 24));

  const newest = newestFirstReadings(readFirstReadings());
  if (newest.names.length === 0) return;
  const range = `${newest.names[0]!.slice(0, 2)}–${newest.names.at(-1)!.slice(0, 2)}`;
  console.log(`\n${header(`newest ${newest.names.length} (${range})`, 24)}`);
  for (const variant of VARIANTS) {
    console.log(meanRow(`first read ${variant}`, newest.meanOf.get(variant)!, 24));
    console.log(meanRow(`today ${variant}`, means(newest.names.map((n) => today.get(n + variant)!)), 24));
  }
};

/** The scorer checked against the reference score.py (eval/score.test.ts), where ../shared has it: one line, or vitest's report when they disagree. */
const checkScorer = () => {
  if (!existsSync(SCORE_PY)) {
    console.log(`\nscorer: not checked against score.py (${SCORE_PY} is not here)`);
    return;
  }
  const config = fileURLToPath(new URL("./vitest.config.ts", import.meta.url));
  const run = spawnSync("vitest", ["run", "--config", config], { encoding: "utf8", shell: false, env: { ...process.env, FORCE_COLOR: "0" } });
  if (run.status === 0) {
    // Without colour codes (vitest prints them whatever FORCE_COLOR says when it can).
    const plain = stripVTControlCharacters(run.stdout);
    const tests = /Tests\s+(\d+) passed/.exec(plain)?.[1] ?? "all";
    console.log(`\nscorer: agrees with score.py on ${tests} checks`);
    return;
  }
  console.error(run.stdout + run.stderr + (run.error ? String(run.error) : ""));
  console.error("scorer: disagrees with score.py (above)");
  process.exitCode = 1;
};

const args = process.argv.slice(2);
if (args[0] === "--first-read") firstRead(args.slice(1));
else {
  evaluate();
  checkScorer();
}
