// @plan/api/node — serve the API from Node: the store a URL names, the app, and a graceful stop
// (no new connections, in-flight requests finish, then the database closes). Used by apps/server
// and by `plan serve`.

import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { nodeOutbound, openStore } from "@plan/store/node";
import { createApp } from "./app.js";
import type { RequestLogSink } from "./middleware/request-log.js";
import { readSettings } from "./settings.js";
import { workerJobs, type WorkerJobsOptions } from "./node/worker-jobs.js";

export { JOB_QUEUE_DEFAULT, workerJobs, type WorkerJobsOptions } from "./node/worker-jobs.js";
export { SettingsError } from "./settings.js";

export interface ServeOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly hostname?: string;
  /** Database URL; PLAN_DB, DATABASE_URL or ./.plan/plan.db when not given. */
  readonly db?: string | undefined;
  readonly corsOrigins?: readonly string[];
  readonly maxBodyBytes?: number;
  /**
   * How long and how much heap one job off the request thread (reading an upload or progress sheets,
   * rendering the 通报) may take (LIMITS.readMillis, LIMITS.readMemoryMb by default), and how many may wait.
   */
  readonly jobs?: WorkerJobsOptions;
  /** Lets `POST /bootstrap` make the first admin key of an empty store (PLAN_BOOTSTRAP_SECRET). */
  readonly bootstrapSecret?: string | undefined;
  /** The office's IANA time zone, for "today" (PLAN_TIME_ZONE; Asia/Shanghai by default). */
  readonly timeZone?: string | undefined;
  /**
   * Where reminders may be posted: the hosts the operator allows (PLAN_WEBHOOK_ALLOW, read by
   * parseWebhookAllow; none by default: any host with only public addresses, by https) and the
   * time one request's deliveries may take together (PLAN_WEBHOOK_DEADLINE_MS; 60 s by default).
   */
  readonly webhook?: { readonly allow?: readonly string[]; readonly deadlineMs?: number } | undefined;
  readonly env?: Record<string, string | undefined>;
  /** Receives one line per request; console.log of its JSON by default. */
  readonly log?: RequestLogSink;
}

/**
 * The settings an operator gives by environment (PLAN_CORS_ORIGINS, PLAN_MAX_BODY_BYTES,
 * PLAN_TIME_ZONE, PLAN_BOOTSTRAP_SECRET, PLAN_WEBHOOK_ALLOW, PLAN_WEBHOOK_DEADLINE_MS,
 * PLAN_READ_TIMEOUT_MS, PLAN_READ_MEMORY_MB: see SETTINGS), as ServeOptions. Throws a
 * SettingsError naming every variable whose value cannot be used: the server does not start.
 */
export const settingsFromEnv = (env: Record<string, string | undefined>): Pick<ServeOptions, "corsOrigins" | "maxBodyBytes" | "jobs" | "bootstrapSecret" | "timeZone" | "webhook"> =>
  readSettings(env, "node");

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
    jobs: workerJobs(options.jobs),
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    bootstrapSecret: options.bootstrapSecret,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    // On Node, webhooks' names are resolved and every address checked, by the connection itself too.
    webhook: { ...nodeOutbound(options.webhook?.allow ?? []), deadlineMs: options.webhook?.deadlineMs },
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
