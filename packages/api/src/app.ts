// createApp(deps): the whole API as one Hono app. Routes are chained so that AppType carries
// them all for the typed client; runtimes (Node server, Worker) only build the deps.

import { OpenAPIHono } from "@hono/zod-openapi";
import { checkTimeZone, PlanError } from "@plan/domain";
import { etag } from "hono/etag";
import { requestId } from "hono/request-id";
import { authenticate } from "./auth.js";
import { docsRoutes } from "./docs/routes.js";
import type { AppDeps, AppEnv } from "./env.js";
import { handleError } from "./errors.js";
import { crossOrigin } from "./middleware/cross-origin.js";
import { requireKnownContentType } from "./middleware/content-type.js";
import { throttleFailedAuth } from "./middleware/auth-throttle.js";
import { limitBody } from "./middleware/limit-body.js";
import { consoleLog, requestLog } from "./middleware/request-log.js";
import { RequestMetrics } from "./metrics/registry.js";
import { baselineRoutes } from "./routes/baselines.js";
import { bootstrapRoutes } from "./routes/bootstrap.js";
import { healthRoutes } from "./routes/health.js";
import { keyRoutes } from "./routes/keys.js";
import { metricsRoutes } from "./routes/metrics.js";
import { planRoutes } from "./routes/plans.js";
import { progressRoutes } from "./routes/progress.js";
import { progressImportRoutes } from "./routes/progress-import.js";
import { reminderSendRoutes } from "./routes/reminders-send.js";
import { statusRoutes } from "./routes/status.js";
import { supervisionRoutes } from "./routes/supervision.js";

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export const createApp = (deps: AppDeps) => {
  // A misspelt time zone fails the start, not every read that needs "today".
  if (deps.timeZone !== undefined) checkTimeZone(deps.timeZone);
  const app = new OpenAPIHono<AppEnv>({
    // A request that does not fit its schema: 400 naming the field.
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0]!;
        // An unknown key's issue sits on the object that holds it: name the key itself.
        const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys.join(",")] : issue.path;
        const field = path.join(".");
        throw new PlanError("request.invalid", `${result.target}${field ? `.${field}` : ""}: ${issue.message}`, { target: result.target, field });
      }
    },
  });
  app.onError(handleError);
  app.notFound((c) => handleError(new PlanError("request.not-found", `no route ${c.req.method} ${c.req.path}`), c));

  const metrics = new RequestMetrics();
  const routes = app
    .use(requestId({ headerName: "X-Request-Id" }))
    .use(requestLog(deps.log ?? consoleLog, metrics))
    .use(crossOrigin(deps.corsOrigins ?? []))
    .use(limitBody(deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES))
    .use(throttleFailedAuth())
    .route("/", bootstrapRoutes(deps)) // before authentication: it makes the first key
    .use(authenticate(deps))
    .use(requireKnownContentType())
    .use("/plans/*", etag())
    .use("/status", etag())
    .route("/", healthRoutes(deps))
    .route("/", planRoutes(deps))
    .route("/", progressRoutes(deps))
    .route("/", progressImportRoutes(deps))
    .route("/", baselineRoutes(deps))
    .route("/", statusRoutes(deps))
    .route("/", reminderSendRoutes(deps))
    .route("/", supervisionRoutes(deps))
    .route("/", keyRoutes(deps));

  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", { type: "http", scheme: "bearer" });
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "plan API", version: "0.0.0", description: "Supervise government work plans: plans, tasks, units, progress, status, reports." },
    security: [{ apiKey: [] }],
  });
  app.route("/", docsRoutes());
  app.route("/", metricsRoutes(deps, metrics));
  return routes;
};

export type AppType = ReturnType<typeof createApp>;
