// One error body and one mapping from error codes to HTTP statuses for the whole API.

import { PlanError, type PlanErrorCode } from "@plan/domain";
import { StoreError } from "@plan/store";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export const httpStatusOf = (code: PlanErrorCode): ContentfulStatusCode => {
  switch (code) {
    case "auth.missing":
    case "auth.invalid":
      return 401;
    case "auth.forbidden":
    case "progress.unit-not-responsible":
      return 403;
    case "plan.not-found":
    case "task.not-found":
    case "target.not-found":
    case "milestone.not-found":
    case "request.not-found":
      return 404;
    case "store.conflict":
      return 409;
    case "request.too-large":
    case "input.too-large":
      return 413;
    case "request.unsupported-type":
    case "input.undecodable":
    case "input.bad-package":
    case "input.unsupported-format":
      return 415;
    case "progress.invalid":
    case "input.no-tasks":
      return 422;
    case "store.unavailable":
      return 503;
    case "store.failed":
      return 500;
    default:
      return 400;
  }
};

export interface ErrorBody {
  error: { code: PlanErrorCode; message: string; requestId: string; details: Record<string, unknown> };
}

/** The API's app.onError: every failure becomes the one error body, never a stack trace. */
export const handleError = (error: unknown, c: Context): Response => {
  const requestId = (c.get("requestId") as string | undefined) ?? "";
  let code: PlanErrorCode = "store.failed";
  let message = "internal error";
  let details: Record<string, unknown> = {};
  if (error instanceof PlanError || error instanceof StoreError) {
    ({ code, message } = error);
    details = { ...error.details };
  } else if (error instanceof HTTPException) {
    code = error.status === 413 ? "request.too-large" : error.status === 404 ? "request.not-found" : error.status === 415 ? "request.unsupported-type" : "request.invalid";
    message = error.message || "bad request";
  } else {
    console.error(`[${requestId}]`, error);
  }
  if (code === "store.unavailable") c.header("Retry-After", "1");
  return c.json({ error: { code, message, requestId, details } } satisfies ErrorBody, httpStatusOf(code));
};
