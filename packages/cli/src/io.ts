// What a command reads from and writes to its process, given to it rather than taken from
// `process`: the binary passes the process's own (bin.ts); tests pass buffers, an environment and a
// folder of their own, and run main in-process.

import { isAbsolute, resolve } from "node:path";
import { databaseTarget } from "@plan/store/node";

/** Where a command writes, and what it reads of its process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Raw bytes to stdout (xlsx export without --out). */
  writeBinary?(bytes: Uint8Array): void;
  /** Whether stdout is a terminal. */
  isTerminal?: boolean;
  /**
   * Asks the person at the terminal and resolves with the line typed (null at end of input).
   * Present only when someone can answer: stdin and stderr are a terminal.
   */
  ask?(question: string): Promise<string | null>;
  /** The environment: PLAN_DB, DATABASE_URL, PLAN_LANG, LC_ALL, LANG, PLAN_TIME_ZONE, PLAN_WEBHOOK_*, USER, PORT and the server's PLAN_* settings. */
  readonly env: Record<string, string | undefined>;
  /** The working folder: relative paths (files read, --out written, the SQLite file) are taken from it. */
  readonly cwd: string;
}

/** A path as the command is given it, taken from the io's working folder. */
export const pathIn = (io: Io, path: string): string => resolve(io.cwd, path);

/**
 * The database a command opens: --db, else PLAN_DB, DATABASE_URL or ./.plan/plan.db, a SQLite
 * file's relative path taken from the working folder.
 */
export const databaseIn = (io: Io, url: string | undefined): string => {
  const target = databaseTarget(url, io.env);
  return target.engine === "sqlite" && target.location !== ":memory:" && !isAbsolute(target.location) ? pathIn(io, target.location) : target.location;
};
