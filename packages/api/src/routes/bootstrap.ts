// POST /bootstrap: the first admin key of a deployment that has none, made with the secret the
// operator configured (a Worker secret BOOTSTRAP_SECRET, PLAN_BOOTSTRAP_SECRET for the Node server).
// Mounted before API-key authentication: there is no key yet to authenticate with.
//
// It cannot be reused: once the store holds any key (even a revoked one) it answers 409, and the
// store makes the key only if none exists in the same statement that writes it, so two racing
// requests cannot both get one. The secret is checked first: a caller without it gets 401 and
// learns nothing about the store. Without a configured secret it is a 404.

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { PlanError } from "@plan/domain";
import { bootstrapKey } from "@plan/store";
import type { AppDeps, AppEnv } from "../env.js";
import { NewKey } from "./keys.js";
import { errors } from "./shared.js";

const bootstrap = createRoute({
  method: "post",
  path: "/bootstrap",
  summary: "Make the first admin key with the deployment's bootstrap secret (once; 409 afterwards)",
  description: "Send `Authorization: Bearer <bootstrap secret>`. Works only while the store holds no API key at all; the admin key's secret is in this response only.",
  security: [{ bootstrapSecret: [] }],
  request: { query: z.object({ label: z.string().trim().min(1).max(200).optional().openapi({ example: "first admin" }) }) },
  responses: { 201: { description: "The first admin key", content: { "application/json": { schema: NewKey } } }, ...errors(401, 404, 409) },
});

const digest = async (text: string) => new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));

/** Compares digests, every byte whatever the first difference: the time taken says nothing of the secret. */
const sameSecret = async (given: string, expected: string): Promise<boolean> => {
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
};

export const bootstrapRoutes = (deps: AppDeps) => {
  const secret = deps.bootstrapSecret?.trim() || undefined;
  const routes = new OpenAPIHono<AppEnv>();
  if (secret !== undefined) routes.openAPIRegistry.registerComponent("securitySchemes", "bootstrapSecret", { type: "http", scheme: "bearer", description: "The deployment's bootstrap secret" });
  return routes.openapi({ ...bootstrap, hide: secret === undefined }, async (c) => {
    if (secret === undefined) throw new PlanError("request.not-found", `no route ${c.req.method} ${c.req.path}`);
    // The secret first: without it a caller learns nothing, not even whether keys exist.
    const given = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (given === undefined) throw new PlanError("auth.missing", "the bootstrap secret is required: Authorization: Bearer <bootstrap secret>");
    if (!(await sameSecret(given, secret))) throw new PlanError("auth.invalid", "the bootstrap secret is not valid");
    return c.json(await deps.store.run(bootstrapKey(c.req.valid("query").label ?? "first admin")), 201);
  });
};
