// Runs `plan` in this process, through main(argv, io) as the binary does in its own: what it prints
// is captured, and it reads the environment and working folder given here, not this process's.
// Starting a process costs a second or more on a busy machine; a run here costs what the command
// does. smoke.test.ts and the few tests that need a real process (a terminal, a kill) spawn the
// built binary.
import { main } from "../src/main.js";

export interface PlanRun {
  readonly code: number;
  /** stdout as UTF-8 text: what a spawned binary's stdout read with encoding "utf8" would be. */
  readonly stdout: string;
  readonly stderr: string;
  /** stdout's bytes (an xlsx written without --out). */
  readonly bytes: Uint8Array;
}

export interface PlanOptions {
  /** Added to the environment (PLAN_LANG=en and this process's, less plan's own settings); undefined removes a variable. */
  readonly env?: Record<string, string | undefined>;
  /** The working folder (this process's by default). */
  readonly cwd?: string;
}

// The developer's own settings of plan (PLAN_DB, PLAN_LANG, PLAN_TIME_ZONE…, DATABASE_URL) stay out:
// each test gives what it means to.
const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("PLAN_") && name !== "DATABASE_URL"));

/** `plan …args` in this process, not a terminal, with nothing to answer a question. */
export const plan = async (args: readonly string[], options: PlanOptions = {}): Promise<PlanRun> => {
  const out: Buffer[] = [];
  let stderr = "";
  const code = await main([...args], {
    stdout: (text) => {
      out.push(Buffer.from(text, "utf8"));
    },
    stderr: (text) => {
      stderr += text;
    },
    writeBinary: (bytes) => {
      out.push(Buffer.from(bytes));
    },
    isTerminal: false,
    env: { ...base, PLAN_LANG: "en", ...options.env },
    cwd: options.cwd ?? process.cwd(),
  });
  const bytes = Buffer.concat(out);
  return { code, stdout: bytes.toString("utf8"), stderr, bytes: new Uint8Array(bytes) };
};
