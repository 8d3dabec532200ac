// CORS for the configured origins.

import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "../env.js";

// CORS headers concern browsers, which send Origin on every cross-origin request. Hono's cors sets
// its headers on the response before the route runs, which makes the Node adapter rebuild the
// route's response afterwards: requests without Origin (servers, the CLI, curl) skip it.
export const crossOrigin = (origins: readonly string[]): MiddlewareHandler<AppEnv> => {
  const handle = cors({
    origin: [...origins],
    allowHeaders: ["Authorization", "Content-Type", "Idempotency-Key", "X-API-Key"],
    exposeHeaders: ["X-Request-Id", "ETag", "Retry-After", "Idempotent-Replayed"],
  });
  return async (c, next) => {
    if (c.req.header("origin") !== undefined) return handle(c, next);
    await next();
    if (origins.length > 0) c.header("Vary", "Origin", { append: true });
  };
};
