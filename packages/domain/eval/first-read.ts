// corpus/FIRST-READ.md: each document's figures the first time the parser read it, recorded once,
// after the document was annotated and before any change made for it. The corpus' own figures
// measure how well the parser fits documents it has seen; the first readings of the newest
// documents measure how it reads documents it has not.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DIR, VARIANTS, type Variant } from "./corpus.js";
import { COLUMNS, means, type Figure } from "./report.js";
import type { Scores } from "./score.js";

export const FIRST_READ = join(CORPUS_DIR, "FIRST-READ.md");

/** How many of the newest documents `pnpm eval` averages. */
export const NEWEST = 10;

export interface FirstReading {
  readonly name: string;
  readonly variant: Variant;
  readonly date: string;
  readonly commit: string;
  readonly figures: Partial<Record<Figure, number>>;
}

const ROW = /^\|\s*(\d{2,}-[^|\s]+)\s*\|\s*(\.txt|\.fw\.txt)\s*\|\s*([^|]*?)\s*\|\s*([^|]*?)\s*\|(.*)\|\s*$/;

/** The readings recorded in FIRST-READ.md, in the file's order. */
export const readFirstReadings = (file = FIRST_READ): FirstReading[] => {
  if (!existsSync(file)) return [];
  const readings: FirstReading[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = ROW.exec(line);
    if (!m) continue;
    const cells = m[5]!.split("|").map((c) => c.trim());
    const figures: Partial<Record<Figure, number>> = {};
    COLUMNS.forEach(([figure], i) => {
      const value = Number(cells[i]);
      if (cells[i] !== undefined && cells[i] !== "-" && cells[i] !== "" && Number.isFinite(value)) figures[figure] = value;
    });
    readings.push({ name: m[1]!, variant: m[2] as Variant, date: m[3]!, commit: m[4]!, figures });
  }
  return readings;
};

/** The newest `count` documents with a first reading (by their number), and each figure's mean per variant over them. */
export const newestFirstReadings = (readings: readonly FirstReading[], count = NEWEST) => {
  const names = [...new Set(readings.map((r) => r.name))].sort().slice(-count);
  const meanOf = new Map<Variant, Partial<Record<Figure, number>>>(
    VARIANTS.map((variant) => [variant, means(readings.filter((r) => r.variant === variant && names.includes(r.name)).map((r) => r.figures as Scores))]),
  );
  return { names, meanOf };
};

const cell = (value: number | undefined) => (value === undefined ? "-" : value.toFixed(2));

/** A row of FIRST-READ.md. */
export const firstReadRow = (reading: FirstReading): string =>
  `| ${reading.name} | ${reading.variant} | ${reading.date} | ${reading.commit} | ${COLUMNS.map(([figure]) => cell(reading.figures[figure])).join(" | ")} |`;

/** Appends the first readings of documents not yet recorded; a document already there is refused, since a first reading is taken once. */
export const recordFirstReadings = (readings: readonly FirstReading[], file = FIRST_READ): void => {
  const recorded = new Set(readFirstReadings(file).map((r) => r.name));
  const again = readings.filter((r) => recorded.has(r.name));
  if (again.length > 0) throw new Error(`already read once: ${[...new Set(again.map((r) => r.name))].join(", ")} (a first reading is recorded only once)`);
  const text = readFileSync(file, "utf8");
  writeFileSync(file, `${text.replace(/\n*$/, "\n")}${readings.map(firstReadRow).join("\n")}\n`);
};

/** The commit the parser is read at, marked "+" when the working tree differs from it. */
export const parserCommit = (): string => {
  const run = (args: string[]) => execFileSync("git", args, { cwd: CORPUS_DIR, encoding: "utf8" }).trim();
  try {
    const commit = run(["rev-parse", "--short", "HEAD"]);
    const dirty = run(["status", "--porcelain", "--", "../packages/domain/src"]) !== "";
    return dirty ? `${commit}+` : commit;
  } catch {
    return "unknown";
  }
};
