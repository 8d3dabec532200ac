// pnpm eval: the parser's quality on the annotated corpus (corpus/ at the root). Each document,
// as printed and with full-width punctuation, is read as `plan parse FILE --json` reads it and
// scored against its annotation; prints the table of ../shared/corpus/eval.sh, then both means.

import { documentNames, documentPath, readGold, VARIANTS, type Variant } from "./corpus.js";
import { readLikeCli } from "./read-like-cli.js";
import { documentRow, header, meanRow, means, type Figure } from "./report.js";
import { score, type Scores } from "./score.js";

const names = documentNames();
const meanOf = new Map<Variant, Partial<Record<Figure, number>>>();

for (const variant of VARIANTS) {
  console.log(`\n${header(`document${variant}`)}`);
  const all: Scores[] = [];
  for (const name of names) {
    const reading = readLikeCli(documentPath(name, variant));
    const scores = score(readGold(name), reading.plan);
    all.push(scores);
    const note = reading.refused === undefined ? undefined : `refused: ${reading.refused.split("\n")[0]!.slice(0, 80)}`;
    console.log(documentRow(name, scores, note));
  }
  meanOf.set(variant, means(all));
  console.log(meanRow("mean", meanOf.get(variant)!));
}

console.log(`\n${header(`mean of ${names.length}`, 14)}`);
for (const variant of VARIANTS) console.log(meanRow(variant, meanOf.get(variant)!, 14));
