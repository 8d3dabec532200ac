// The `plan` executable: wires process streams to main and exits with its code.

import { createInterface } from "node:readline/promises";
import { main } from "./main.js";

// `plan parse … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

async function ask(question: string): Promise<string | null> {
  const line = createInterface({ input: process.stdin, output: process.stderr });
  const closed = new Promise<null>((resolve) => line.once("close", () => resolve(null)));
  try {
    return await Promise.race([line.question(question).catch(() => null), closed]);
  } finally {
    line.close();
  }
}

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeBinary: (bytes) => process.stdout.write(bytes),
  isTerminal: process.stdout.isTTY === true,
  // The question goes to stderr, so that stdout keeps only what scripts read.
  ...(process.stdin.isTTY && process.stderr.isTTY ? { ask } : {}),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
