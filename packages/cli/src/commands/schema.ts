// plan schema: the JSON Schema of the Plan that `plan parse --json` prints.

import { planJsonSchema } from "@plan/domain";
import type { Io } from "../io.js";
import { usageError } from "../errors.js";
import { parseCommandArgs } from "./args.js";

export const schemaHelp = `plan schema
  Prints the JSON Schema (draft 2020-12) of the output of plan parse --json.`;

export const schema = (argv: string[], io: Io): number => {
  const { positionals } = parseCommandArgs(argv, {});
  if (positionals.length > 0) throw usageError(`plan schema takes no arguments, got "${positionals[0]}"`);
  io.stdout(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
  return 0;
};
