// pnpm --filter @plan/domain corpus:variants ../../corpus/NN-name.txt: rewrites each file given
// (the text as copied) as NN-name.txt with ASCII punctuation and writes NN-name.fw.txt beside it.

import { readFileSync, writeFileSync } from "node:fs";
import { asCopied, asPrinted } from "./variants.js";

const files = process.argv.slice(2);
if (files.length === 0 || files.some((f) => !f.endsWith(".txt") || f.endsWith(".fw.txt"))) {
  console.error("usage: corpus:variants corpus/NN-name.txt … (the text as copied; writes NN-name.txt and NN-name.fw.txt)");
  process.exit(2);
}
for (const file of files) {
  const text = readFileSync(file, "utf8");
  writeFileSync(file, asCopied(text));
  writeFileSync(file.replace(/\.txt$/, ".fw.txt"), asPrinted(text));
}
