// Runs the reference scorer, ../shared/corpus/score.py (beside the repository, in CI as here),
// on one gold annotation and one output, as `python3 score.py GOLD OUT` would be run by hand.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Json } from "./python.js";

export const SCORE_PY = fileURLToPath(new URL("../../../../shared/corpus/score.py", import.meta.url));

/** The figures score.py prints for `out` against `gold`. */
export const referenceScore = (gold: Json, out: Json): Record<string, number> => {
  const dir = mkdtempSync(join(tmpdir(), "plan-eval-"));
  try {
    const goldPath = join(dir, "gold.json");
    writeFileSync(goldPath, JSON.stringify(gold));
    const outPath = join(dir, "out.json");
    writeFileSync(outPath, JSON.stringify(out));
    const run = spawnSync("python3", [SCORE_PY, goldPath, outPath], { encoding: "utf8" });
    if (run.error) throw new Error(`python3 ${SCORE_PY}: ${run.error.message}`);
    if (run.status !== 0) throw new Error(`python3 ${SCORE_PY} exited ${run.status}: ${run.stderr}${run.stdout}`);
    return JSON.parse(run.stdout) as Record<string, number>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
