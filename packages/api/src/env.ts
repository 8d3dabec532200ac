import type { ApiKey, PlanStoreClient } from "@plan/store";
import type { DocumentReader } from "./document-reader.js";

/** What createApp needs; each runtime (Node server, Worker) builds it from its environment. */
export interface AppDeps {
  readonly store: PlanStoreClient;
  /** Origins allowed by CORS; none by default. */
  readonly corsOrigins?: readonly string[];
  /** Largest request body accepted, in bytes (default 5 MiB): larger ones get 413. */
  readonly maxBodyBytes?: number;
  /** Reads an uploaded document; in-process by default, a worker thread with a deadline on Node servers. */
  readonly readDocument?: DocumentReader;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    key: ApiKey;
  };
};
