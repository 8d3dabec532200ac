// plan keys create|list|revoke: API keys for the server.

import { createKey, KEY_ROLES, listKeys, revokeKey } from "@plan/store";
import { usageError } from "../errors.js";
import type { Io } from "../io.js";
import { table } from "../output/table.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { office } from "./office.js";

export const keysHelp = `plan keys create --role admin|unit|viewer [--unit NAME] [--label TEXT] [--db URL]
  Creates an API key and prints its secret, once: only its hash is kept. A unit key reads
  everything and reports progress for the tasks its unit leads, is responsible for or supports.
plan keys list [--json] [--db URL]
plan keys revoke <key id> [--db URL]`;

export const keys = async (argv: string[], io: Io): Promise<number> => {
  const [sub, ...rest] = argv;
  if (sub === "create") {
    const { values } = parseCommandArgs(rest, { ...DB_OPTION, role: { type: "string" }, unit: { type: "string" }, label: { type: "string" } });
    if (values.role === undefined) throw usageError(`missing --role: use ${KEY_ROLES.join(", ")}`);
    const { key, secret } = await withStore(io, values.db, (store) => store.run(createKey({ role: values.role!, unit: values.unit, label: values.label }, office(io))));
    io.stdout(`${secret}\n`);
    io.stderr(`created ${key.id} (${key.role}${key.unit ? `, ${key.unit}` : ""}); the secret above is shown only now\n`);
    return 0;
  }
  if (sub === "list") {
    const { values } = parseCommandArgs(rest, { ...DB_OPTION, json: { type: "boolean", default: false } });
    const list = await withStore(io, values.db, (store) => store.run(listKeys(office(io))));
    io.stdout(
      values.json
        ? `${JSON.stringify(list, null, 2)}\n`
        : `${table(
            [{ header: "Id" }, { header: "Role" }, { header: "Unit" }, { header: "Label", max: 30 }, { header: "Created" }, { header: "Revoked" }],
            list.map((k) => [k.id, k.role, k.unit ?? "", k.label, k.createdAt.slice(0, 16).replace("T", " "), k.revokedAt?.slice(0, 16).replace("T", " ") ?? ""]),
          )}\n`,
    );
    return 0;
  }
  if (sub === "revoke") {
    const { values, positionals } = parseCommandArgs(rest, DB_OPTION);
    if (positionals[0] === undefined) throw usageError("missing <key id>");
    await withStore(io, values.db, (store) => store.run(revokeKey(positionals[0]!, office(io))));
    io.stdout(`revoked ${positionals[0]}\n`);
    return 0;
  }
  throw usageError(sub === undefined ? "missing subcommand: plan keys create|list|revoke" : `unknown subcommand "keys ${sub}"`);
};
