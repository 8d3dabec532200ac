// API keys: a key in `Authorization: Bearer …` (or X-API-Key) on every request but health and docs.
// admin does everything; unit reads everything and writes progress for its own unit's tasks;
// viewer reads only.

import { PlanError } from "@plan/domain";
import type { ApiKey, KeyRole } from "@plan/store";
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

/** Refuses keys whose role is not among `roles`. */
export const requireRole = (key: ApiKey, ...roles: KeyRole[]): void => {
  if (!roles.includes(key.role)) throw new PlanError("auth.forbidden", `a ${key.role} key cannot do this (needs ${roles.join(" or ")})`, { role: key.role });
};
