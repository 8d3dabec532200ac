// plan serve: the API on this machine, the same server as apps/server.

import { runUntilSignalled, settingsFromEnv } from "@plan/api/node";
import { usageError } from "../errors.js";
import { databaseIn, type Io } from "../io.js";
import { DB_OPTION } from "../with-store.js";
import { parseCommandArgs } from "./args.js";

export const serveHelp = `plan serve [--port 8787] [--host 127.0.0.1] [--cors ORIGIN,…] [--db URL]
  Serves the HTTP API (docs at /docs, OpenAPI at /openapi.json) until SIGTERM or Ctrl-C, then
  lets in-flight requests finish and closes the database. Keys: plan keys create.
  Also read from the environment: PLAN_CORS_ORIGINS, PLAN_MAX_BODY_BYTES, PLAN_READ_TIMEOUT_MS,
  PLAN_READ_MEMORY_MB (see the README). Writes one JSON line per request to stdout; GET /metrics
  gives Prometheus counters to admin keys.`;

export const serveCommand = async (argv: string[], io: Io): Promise<number> => {
  const { values } = parseCommandArgs(argv, { ...DB_OPTION, port: { type: "string" }, host: { type: "string" }, cors: { type: "string" } });
  const port = Number(values.port ?? io.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port: "${values.port}" is not a port number`);
  let settings: ReturnType<typeof settingsFromEnv>;
  try {
    settings = settingsFromEnv(io.env);
  } catch (error) {
    throw usageError((error as Error).message);
  }
  const cors = (values.cors ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  await runUntilSignalled(
    // One JSON line per request on stdout, after the listening line.
    {
      ...settings,
      port,
      hostname: values.host ?? "127.0.0.1",
      db: databaseIn(io, values.db),
      env: io.env,
      ...(cors.length > 0 ? { corsOrigins: cors } : {}),
      log: (line) => io.stdout(`${JSON.stringify(line)}\n`),
    },
    (line) => io.stdout(`${line}\n`),
  );
  return 0;
};
