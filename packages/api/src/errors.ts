// One error body and one mapping from error codes to HTTP statuses for the whole API.

import { errorTitle, isCodedError, type Language, type PlanErrorCode } from "@plan/domain";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

// Every code, exactly once: a code added to the vocabulary does not compile until it has a status.
const HTTP_STATUS: Record<PlanErrorCode, ContentfulStatusCode> = {
  "input.unreadable": 400,
  "input.undecodable": 415,
  "input.bad-package": 415,
  "input.unsupported-format": 415,
  "input.no-tasks": 422,
  "input.too-large": 413,
  // A 通报 beyond what a rendering may use: the request was fine, the plan is too large to render so.
  "output.too-large": 422,
  "plan.not-found": 404,
  "plan.ambiguous": 400,
  "task.not-found": 404,
  "target.not-found": 404,
  "target.ambiguous": 400,
  "milestone.not-found": 404,
  "report.not-found": 404,
  "extension.not-found": 404,
  "unit.not-found": 404,
  "progress.invalid": 422,
  "progress.unit-not-responsible": 403,
  "progress.duplicate": 409,
  "value.invalid": 422,
  "value.unit-mismatch": 422,
  "store.conflict": 409,
  "store.unavailable": 503,
  "store.failed": 500,
  "server.busy": 503,
  "server.misconfigured": 503,
  "auth.missing": 401,
  "auth.invalid": 401,
  "auth.forbidden": 403,
  "auth.throttled": 429,
  "request.invalid": 400,
  "request.too-large": 413,
  "request.unsupported-type": 415,
  "request.not-found": 404,
};

/** The HTTP status of an error code. */
export const httpStatusOf = (code: PlanErrorCode): ContentfulStatusCode => HTTP_STATUS[code];

export interface ErrorBody {
  /** title: what the code means, in Chinese when the request's Accept-Language prefers it, else English. */
  error: { code: PlanErrorCode; title: string; message: string; requestId: string; details: Record<string, unknown> };
}

// The caller's first language, as far as error titles go.
const languageOf = (c: Context): Language => ((c.req.header("accept-language") ?? "").trim().toLowerCase().startsWith("zh") ? "zh" : "en");

/**
 * A refused request may leave its body unread (a 401 or 413 answered before the upload was read).
 * Kept alive, its connection would carry the rest of that body into the next request, and the
 * Node server resets it: the client's next request on it fails with ECONNRESET. So on Node the
 * refusal says `Connection: close` and the client opens a fresh connection. (Workers manage
 * their connections themselves and take no hop-by-hop header.)
 */
const closeIfBodyUnread = (c: Context): void => {
  const onNode = (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined;
  const hasBody = (c.req.header("content-length") ?? "0") !== "0" || c.req.header("transfer-encoding") !== undefined;
  if (onNode && hasBody) c.header("Connection", "close");
};

/** The API's app.onError: every failure becomes the one error body, never a stack trace. */
export const handleError = (error: unknown, c: Context): Response => {
  const requestId = (c.get("requestId") as string | undefined) ?? "";
  let code: PlanErrorCode = "store.failed";
  let message = "internal error";
  let details: Record<string, unknown> = {};
  if (isCodedError(error)) {
    ({ code, message } = error);
    details = { ...error.details };
  } else if (error instanceof HTTPException) {
    code = error.status === 413 ? "request.too-large" : error.status === 404 ? "request.not-found" : error.status === 415 ? "request.unsupported-type" : "request.invalid";
    message = error.message || "bad request";
  } else {
    console.error(`[${requestId}]`, error);
  }
  if (code === "store.unavailable") c.header("Retry-After", "1");
  closeIfBodyUnread(c);
  if (typeof details.retryAfter === "number") c.header("Retry-After", String(details.retryAfter));
  return c.json({ error: { code, title: errorTitle(code, languageOf(c)), message, requestId, details } } satisfies ErrorBody, httpStatusOf(code));
};
