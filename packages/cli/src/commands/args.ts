// Shared option parsing for commands: strict, so a mistyped flag is a usage error, not ignored.

import { parseArgs, type ParseArgsConfig } from "node:util";
import { usageError } from "../errors.js";

export const parseCommandArgs = <T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T) => {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError((error as Error).message.split("\n")[0]!.replace(/\. To specify a positional.*$/, ""));
  }
};
