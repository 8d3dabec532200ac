// plan db migrate: bring the database's tables up to date (every command also does so on opening).

import { MIGRATIONS } from "@plan/store";
import { databaseTarget } from "@plan/store/node";
import { usageError } from "../errors.js";
import type { Io } from "../io.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";

export const dbHelp = `plan db migrate [--db URL]
  Applies the migrations the database lacks (commands apply them too when they open it).`;

export const db = async (argv: string[], io: Io): Promise<number> => {
  const [sub, ...rest] = argv;
  if (sub !== "migrate") throw usageError(sub === undefined ? "missing subcommand: plan db migrate" : `unknown subcommand "db ${sub}"`);
  const { values } = parseCommandArgs(rest, DB_OPTION);
  const { engine } = await withStore(io, values.db, async (store) => store.target);
  // Named as given (a relative file as it is written), though opened from the working folder.
  const where = { engine, location: databaseTarget(values.db, io.env).location };
  io.stdout(`${where.engine} database at ${where.engine === "postgres" ? "(server)" : where.location} is at migration ${MIGRATIONS.at(-1)}\n`);
  return 0;
};
