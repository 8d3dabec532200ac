// Writes an output file beside its target, then renames it into place: a failed write never
// leaves half a file behind.

import { renameSync, writeFileSync } from "node:fs";
import { inputError } from "../errors.js";

export const writeAtomically = (path: string, data: string | Uint8Array): void => {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    throw inputError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
};
