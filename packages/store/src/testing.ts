// @plan/store/testing — a throwaway PostgreSQL server for tests and benchmarks: a fresh cluster in a temporary
// directory on a free local port, run as the postgres user (initdb refuses root), removed after.
// Needs the server binaries (apt-get install postgresql); .ci/run installs them.

import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import type {} from "vitest";
import { join } from "node:path";

const binDir = (): string => {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(root, v, "bin")).find((dir) => existsSync(join(dir, "initdb")));
  if (!found) throw new Error("PostgreSQL server binaries not found: apt-get install -y postgresql (or set DATABASE_URL to a server of yours)");
  return found;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

export interface PostgresServer {
  readonly url: string;
  stop(): void;
}

export const startPostgres = async (): Promise<PostgresServer> => {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), "plan-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(execFileSync("id", ["-u", "postgres"]).toString()), Number(execFileSync("id", ["-g", "postgres"]).toString()));
  const run = (cmd: string, args: string[]) => {
    const result = asRoot ? spawnSync("runuser", ["-u", "postgres", "--", join(bin, cmd), ...args], { encoding: "utf8" }) : spawnSync(join(bin, cmd), args, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
  };
  const port = await freePort();
  const data = join(dir, "data");
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  run("pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-w", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
  run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "plan"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/plan`,
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
};

/** A new empty database on the server, so that each test file starts clean. */
export const createDatabase = async (serverUrl: string, name: string): Promise<string> => {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return serverUrl.replace(/\/[^/]*$/, `/${name}`);
};

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL server for the test run: inject("postgresUrl"). */
    postgresUrl: string;
  }
}

/**
 * A vitest globalSetup: one PostgreSQL server for the whole run, unless DATABASE_URL already
 * names one; its URL is provided as "postgresUrl".
 */
export const postgresGlobalSetup = async (project: { provide: (key: "postgresUrl", value: string) => void }) => {
  const given = process.env.DATABASE_URL;
  if (given && /^postgres/.test(given)) {
    project.provide("postgresUrl", given);
    return;
  }
  const server = await startPostgres();
  project.provide("postgresUrl", server.url);
  return () => server.stop();
};

export { serviceClient, type ServiceClient } from "./service-client.js";
export { startWebhookReceiver, type WebhookReceiver } from "./webhook-receiver.js";
