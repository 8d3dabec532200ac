// API keys over HTTP (admin only): what `plan keys` does on a local database, for deployments
// that have no local database, such as a Worker on D1. Secrets are shown once, at creation.

import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { createKey as createKeyVerb, KEY_ROLES, listKeys as listKeysVerb, revokeKey as revokeKeyVerb } from "@plan/store";
import type { AppDeps, AppEnv } from "../env.js";
import { caller, errors } from "./shared.js";

export const ApiKeySchema = z
  .object({
    id: z.string().openapi({ example: "key_1a2b3c4d" }),
    role: z.enum(KEY_ROLES),
    unit: z.string().nullable().openapi({ description: "The unit a unit key reports for" }),
    label: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi("ApiKey");

export const NewKey = z.object({ key: ApiKeySchema, secret: z.string().openapi({ description: "Shown only in this response; only its hash is kept", example: "plk_…" }) }).openapi("NewApiKey");

const KeyBody = z
  .object({
    role: z.enum(KEY_ROLES),
    unit: z.string().trim().min(1).max(200).optional().openapi({ description: "Required for a unit key, refused for others", example: "省交通運輸廳" }),
    label: z.string().max(200).optional(),
  })
  .strict()
  .openapi("ApiKeyInput");

const createKey = createRoute({
  method: "post",
  path: "/keys",
  summary: "Create an API key (admin); its secret is in this response only",
  request: { body: { content: { "application/json": { schema: KeyBody } }, required: true } },
  responses: { 201: { description: "Created", content: { "application/json": { schema: NewKey } } }, ...errors(400, 401, 403, 413, 415) },
});

const listKeys = createRoute({
  method: "get",
  path: "/keys",
  summary: "Every API key, live and revoked, without secrets (admin)",
  responses: { 200: { description: "Keys", content: { "application/json": { schema: z.object({ items: z.array(ApiKeySchema) }) } } }, ...errors(401, 403) },
});

const revokeKey = createRoute({
  method: "delete",
  path: "/keys/{id}",
  summary: "Revoke an API key (admin)",
  request: {
    params: z.object({
      id: z
        .string()
        .min(1)
        .openapi({ param: { name: "id", in: "path" }, example: "key_1a2b3c4d" }),
    }),
  },
  responses: { 204: { description: "Revoked" }, ...errors(401, 403, 404) },
});

export const keyRoutes = (deps: AppDeps) =>
  new OpenAPIHono<AppEnv>()
    // The verbs `plan keys` calls: they decide who may, and which roles take a unit.
    .openapi(createKey, async (c) => c.json(await deps.store.run(createKeyVerb(c.req.valid("json"), caller(c.get("key")))), 201))
    .openapi(listKeys, async (c) => c.json({ items: await deps.store.run(listKeysVerb(caller(c.get("key")))) }, 200))
    .openapi(revokeKey, async (c) => {
      await deps.store.run(revokeKeyVerb(c.req.valid("param").id, caller(c.get("key"))));
      return c.body(null, 204);
    });
