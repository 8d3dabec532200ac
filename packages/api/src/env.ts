import type { ApiKey, PlanStoreClient } from "@plan/store";

/** What createApp needs; each runtime (Node server, Worker) builds it from its environment. */
export interface AppDeps {
  readonly store: PlanStoreClient;
  /** Origins allowed by CORS; none by default. */
  readonly corsOrigins?: readonly string[];
  /** Largest request body accepted, in bytes (default 5 MiB): larger ones get 413. */
  readonly maxBodyBytes?: number;
}

export type AppEnv = {
  Variables: {
    requestId: string;
    key: ApiKey;
  };
};
