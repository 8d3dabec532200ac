// @plan/api/node — serve the API from Node: the store a URL names, the app, and a graceful stop
// (no new connections, in-flight requests finish, then the database closes). Used by apps/server
// and by `plan serve`.

import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { openStore } from "@plan/store/node";
import { checkTimeZone } from "@plan/domain";
import { createApp } from "./app.js";
import type { RequestLogSink } from "./middleware/request-log.js";
import { workerReader, type WorkerReaderOptions } from "./node/worker-reader.js";

export { workerReader, type WorkerReaderOptions } from "./node/worker-reader.js";

export interface ServeOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly hostname?: string;
  /** Database URL; PLAN_DB, DATABASE_URL or ./.plan/plan.db when not given. */
  readonly db?: string | undefined;
  readonly corsOrigins?: readonly string[];
  readonly maxBodyBytes?: number;
  /** How long and how much heap the reading of one upload may take (LIMITS.readMillis, LIMITS.readMemoryMb by default). */
  readonly read?: WorkerReaderOptions;
  /** Lets `POST /bootstrap` make the first admin key of an empty store (PLAN_BOOTSTRAP_SECRET). */
  readonly bootstrapSecret?: string | undefined;
  /** The office's IANA time zone, for "today" (PLAN_TIME_ZONE; Asia/Shanghai by default). */
  readonly timeZone?: string | undefined;
  readonly env?: Record<string, string | undefined>;
  /** Receives one line per request; console.log of its JSON by default. */
  readonly log?: RequestLogSink;
}

/**
 * The settings an operator gives by environment: PLAN_CORS_ORIGINS (comma-separated),
 * PLAN_MAX_BODY_BYTES, PLAN_READ_TIMEOUT_MS, PLAN_READ_MEMORY_MB, PLAN_BOOTSTRAP_SECRET, PLAN_TIME_ZONE. Throws an Error naming a
 * variable that is set but not a positive number.
 */
export const settingsFromEnv = (env: Record<string, string | undefined>): Pick<ServeOptions, "corsOrigins" | "maxBodyBytes" | "read" | "bootstrapSecret" | "timeZone"> => {
  const positive = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === "") return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}=${raw}: expected a positive number`);
    return value;
  };
  const maxBodyBytes = positive("PLAN_MAX_BODY_BYTES");
  const timeoutMs = positive("PLAN_READ_TIMEOUT_MS");
  const memoryMb = positive("PLAN_READ_MEMORY_MB");
  const corsOrigins = (env.PLAN_CORS_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const bootstrapSecret = env.PLAN_BOOTSTRAP_SECRET?.trim() || undefined;
  const timeZone = env.PLAN_TIME_ZONE?.trim() || undefined;
  if (timeZone !== undefined) {
    try {
      checkTimeZone(timeZone);
    } catch (error) {
      throw new Error(`PLAN_TIME_ZONE=${timeZone}: ${(error as Error).message}`);
    }
  }
  return {
    corsOrigins,
    ...(timeZone ? { timeZone } : {}),
    ...(maxBodyBytes ? { maxBodyBytes } : {}),
    read: { ...(timeoutMs ? { timeoutMs } : {}), ...(memoryMb ? { memoryMb } : {}) },
    ...(bootstrapSecret ? { bootstrapSecret } : {}),
  };
};

export interface RunningServer {
  readonly url: string;
  /** Stops accepting connections, lets in-flight requests finish, closes the database. */
  stop(): Promise<void>;
}

export const startServer = async (options: ServeOptions): Promise<RunningServer> => {
  const store = await openStore(options.db, options.env ?? process.env);
  const app = createApp({
    store,
    ...(options.log ? { log: options.log } : {}),
    readDocument: workerReader(options.read),
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    bootstrapSecret: options.bootstrapSecret,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
  const hostname = options.hostname ?? "127.0.0.1";
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${hostname}:${port}`,
    stop: () =>
      (stopping ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive connections would hold close() open; busy ones finish first.
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      }).then(() => store.close())),
  };
};

/** Runs until SIGTERM or SIGINT, then stops gracefully; for process entries. */
export const runUntilSignalled = async (options: ServeOptions, log: (line: string) => void = console.log): Promise<void> => {
  const running = await startServer(options);
  log(`plan API listening on ${running.url} (docs at ${running.url}/docs)`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log(`${signal}: finishing in-flight requests, then closing the database`);
      running.stop().then(resolve, (error) => {
        log(`stop failed: ${(error as Error).message}`);
        resolve();
      });
    };
    process.once("SIGTERM", () => stop("SIGTERM"));
    process.once("SIGINT", () => stop("SIGINT"));
  });
};
