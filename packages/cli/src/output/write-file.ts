// Writes an output file beside its target, then renames it into place: a failed write never
// leaves half a file behind.

import { renameSync, writeFileSync } from "node:fs";
import { inputError } from "../errors.js";
import { type Io, pathIn } from "../io.js";

/** Writes `path` (as given: a relative path is taken from the io's working folder, and named as given). */
export const writeAtomically = (io: Io, path: string, data: string | Uint8Array): void => {
  const target = pathIn(io, path);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, target);
  } catch (error) {
    throw inputError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
};
