// API keys: a key in `Authorization: Bearer …` (or X-API-Key) on every request but health and docs.
// Who the key is; what it may do is each verb's to decide (the store's access table, app/caller.ts).

import { PlanError } from "@plan/domain";
import type { MiddlewareHandler } from "hono";
import type { AppDeps, AppEnv } from "./env.js";

const PUBLIC = new Set(["/health", "/openapi.json", "/docs"]);

export const authenticate =
  (deps: AppDeps): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (PUBLIC.has(c.req.path) || c.req.path.startsWith("/docs/assets/") || c.req.method === "OPTIONS") return next();
    const header = c.req.header("authorization");
    const secret = header?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? c.req.header("x-api-key");
    if (!secret) throw new PlanError("auth.missing", "an API key is required: Authorization: Bearer <key>");
    const key = await deps.store.authenticate(secret);
    if (!key) throw new PlanError("auth.invalid", "the API key is not valid (unknown or revoked)");
    c.set("key", key);
    return next();
  };
