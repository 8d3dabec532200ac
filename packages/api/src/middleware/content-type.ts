// Bodies the API reads are JSON, or a multipart form for a file upload. Anything else is refused
// with 415 naming what was sent, before a validator could call it a bad request (400).

import { PlanError } from "@plan/domain";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";

const ACCEPTED = ["application/json", "multipart/form-data"];
const WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

export const requireKnownContentType = (): MiddlewareHandler<AppEnv> => (c, next) => {
  if (!WITH_BODY.has(c.req.method)) return next();
  const type = c.req.header("content-type");
  const essence = type === undefined ? "" : type.split(";")[0]!.trim().toLowerCase();
  // A request with no body at all (no type, no length) is left to the route to judge.
  if (type === undefined && (c.req.header("content-length") ?? "0") === "0" && c.req.header("transfer-encoding") === undefined) return next();
  if (ACCEPTED.includes(essence) || essence.endsWith("+json")) return next();
  throw new PlanError("request.unsupported-type", `content-type ${type ?? "(none)"} is not read here: send ${ACCEPTED.join(" or ")}`, {
    contentType: type ?? null,
    accepted: ACCEPTED,
  });
};
