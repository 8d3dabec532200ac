// Where the annotated corpus lives (corpus/ at the repository's root) and which documents it holds.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Json } from "./python.js";

export const CORPUS_DIR = fileURLToPath(new URL("../../../corpus/", import.meta.url));

/** Each document comes as printed (.txt, ASCII punctuation) and with full-width punctuation. */
export const VARIANTS = [".txt", ".fw.txt"] as const;
export type Variant = (typeof VARIANTS)[number];

/** The documents' names (`NN-name`), one per annotation, in order. */
export const documentNames = (): string[] =>
  readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".gold.json"))
    .map((f) => f.slice(0, -".gold.json".length))
    .sort();

export const goldPath = (name: string): string => join(CORPUS_DIR, `${name}.gold.json`);
export const documentPath = (name: string, variant: Variant): string => join(CORPUS_DIR, name + variant);
export const readGold = (name: string): Json => JSON.parse(readFileSync(goldPath(name), "utf8")) as Json;
