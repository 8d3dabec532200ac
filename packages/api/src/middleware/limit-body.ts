// The request body limit, for the methods that carry one: a body over it is refused with 413.

import { PlanError } from "@plan/domain";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../env.js";

// Only requests that may carry a body are measured: asking a GET for its body makes the Node
// adapter build a full Request, which costs more than the rest of a cached read.
export const limitBody = (maxSize: number): MiddlewareHandler<AppEnv> => {
  const limit = bodyLimit({
    maxSize,
    onError: () => {
      throw new PlanError("request.too-large", `the request body is over ${maxSize} bytes`);
    },
  });
  return (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : limit(c, next));
};
