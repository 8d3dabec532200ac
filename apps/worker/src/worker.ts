// The Workers entry: builds the dependencies from the environment (a D1 binding) and serves the
// same app as the Node server. One app per isolate, made on its first request.

import { createApp } from "@plan/api";
import { type D1Like, openD1Store } from "@plan/store/d1";

export interface Env {
  readonly DB: D1Like;
  /** Comma-separated origins allowed by CORS. */
  readonly CORS_ORIGINS?: string;
  readonly MAX_BODY_BYTES?: string;
  /** `wrangler secret put BOOTSTRAP_SECRET`: lets POST /bootstrap make the first admin key of an empty D1. */
  readonly BOOTSTRAP_SECRET?: string;
  /** The office's IANA time zone, for "today" (Asia/Shanghai by default). */
  readonly TIME_ZONE?: string;
}

let app: Promise<ReturnType<typeof createApp>> | undefined;

const appFor = (env: Env) =>
  (app ??= openD1Store(env.DB)
    .then((store) =>
      createApp({
        store,
        corsOrigins: (env.CORS_ORIGINS ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
        ...(env.MAX_BODY_BYTES ? { maxBodyBytes: Number(env.MAX_BODY_BYTES) } : {}),
        bootstrapSecret: env.BOOTSTRAP_SECRET,
        ...(env.TIME_ZONE ? { timeZone: env.TIME_ZONE } : {}),
      }),
    )
    .catch((error: unknown) => {
      // A failed start (D1 unreachable) is tried again on the next request.
      app = undefined;
      throw error;
    }));

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    return (await appFor(env)).fetch(request);
  },
};
