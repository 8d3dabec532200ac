// The `plan` executable: wires process streams to main and exits with its code.

import { main } from "./main.js";

// `plan parse … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeBinary: (bytes) => process.stdout.write(bytes),
  isTerminal: process.stdout.isTTY === true,
});
process.exitCode = code;
