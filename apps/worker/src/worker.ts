// The Workers entry: builds the dependencies from the environment (a D1 binding and the vars the
// settings parser of @plan/api reads, named as on Node without PLAN_) and serves the same app as
// the Node server. One app per isolate, made on its first request.

import { createApp, misconfiguredResponse, readSettings, type ServerSettings, SettingsError } from "@plan/api";
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
  /**
   * The hosts reminders may be posted to (comma-separated names, *.suffix, IP addresses). Workers
   * have no DNS API: a name is not checked by its addresses here, only IP addresses and localhost
   * are refused by default; list the robots' hosts to keep webhooks to them.
   */
  readonly WEBHOOK_ALLOW?: string;
  /** How long one request's deliveries may take together, in ms (60 s by default). */
  readonly WEBHOOK_DEADLINE_MS?: string;
}

type App = ReturnType<typeof createApp>;

// What an isolate starts with: the app, or the settings it could not use. Variables change only
// with a deployment, which starts new isolates, so they are read once, on the first request.
let started: { readonly app: Promise<App> } | { readonly problems: readonly string[] } | undefined;

const start = (env: Env): NonNullable<typeof started> => {
  let settings: ServerSettings;
  try {
    settings = readSettings(env as unknown as Record<string, unknown>, "worker");
  } catch (error) {
    return { problems: error instanceof SettingsError ? error.problems : [String(error)] };
  }
  const app = openD1Store(env.DB)
    .then((store) =>
      createApp({
        store,
        corsOrigins: settings.corsOrigins,
        ...(settings.maxBodyBytes ? { maxBodyBytes: settings.maxBodyBytes } : {}),
        bootstrapSecret: settings.bootstrapSecret,
        ...(settings.timeZone ? { timeZone: settings.timeZone } : {}),
        webhook: settings.webhook,
      }),
    )
    .catch((error: unknown) => {
      // A failed start (D1 unreachable) is tried again on the next request.
      started = undefined;
      throw error;
    });
  return { app };
};

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    started ??= start(env);
    if ("problems" in started) {
      // A Worker cannot refuse to start: each request is refused instead, and logged, until the
      // settings are fixed; no request runs without the limits the settings meant to set.
      const response = misconfiguredResponse(started.problems);
      console.error(
        JSON.stringify({ time: new Date().toISOString(), level: "error", requestId: response.headers.get("x-request-id"), status: 503, message: "settings refused", problems: started.problems }),
      );
      return response;
    }
    return (await started.app).fetch(request);
  },
};
