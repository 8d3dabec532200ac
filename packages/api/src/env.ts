import type { ApiKey, JobRunner, Outbound, PlanStoreClient } from "@plan/store";
import type { RequestLogSink } from "./middleware/request-log.js";

export type { DatabaseState } from "@plan/store";

/** What createApp needs; each runtime (Node server, Worker) builds it from its environment. */
export interface AppDeps {
  readonly store: PlanStoreClient;
  /** Origins allowed by CORS; none by default. */
  readonly corsOrigins?: readonly string[];
  /** Largest request body accepted, in bytes (default 5 MiB): larger ones get 413. */
  readonly maxBodyBytes?: number;
  /** The office's IANA time zone: "today" for reads without a date (Asia/Shanghai by default). */
  readonly timeZone?: string;
  /**
   * Runs the heavy steps of a request (reading an upload or progress sheets, rendering the 通报):
   * in-process by default, each in a worker thread with a deadline and a heap cap on Node servers.
   */
  readonly jobs?: JobRunner;
  /**
   * The deployment's bootstrap secret: `POST /bootstrap` with it makes the first admin key of a
   * store that has none. Without it that route does not exist.
   */
  readonly bootstrapSecret?: string | undefined;
  /** Receives one line per request (console.log of its JSON by default). */
  readonly log?: RequestLogSink;
  /**
   * Where `POST /plans/{plan}/reminders:send` may post (the operator's allow-list; on Node the
   * resolver and transport of nodeOutbound) and how long one request's deliveries may take
   * together (60 s by default). Without it: no allow-list, fetch, no DNS check.
   */
  readonly webhook?: (Outbound & { readonly deadlineMs?: number | undefined }) | undefined;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    key: ApiKey;
  };
};
