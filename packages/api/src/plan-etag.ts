// ETags for reads of a plan's document (the plan, its tasks, units, targets, milestones, findings).
//
// A plan never changes: its id is a hash of its content. So what such a read returns is fixed by
// the plan's id, the URL asked and the code answering, and its tag can be made from those without
// reading the body. The etag middleware hashes every other body (SHA-1 of a clone of the finished
// response), which on Node costs more than a cached read itself.

import { contentHash } from "@plan/domain";
import type { Context } from "hono";
import pkg from "../package.json" with { type: "json" };

/** Tags the reply to a read that depends on nothing but the plan `planId` and the URL. */
export const tagPlanRead = (c: Context, planId: string): void => {
  const url = c.req.url;
  c.header("ETag", `W/"${planId}.${contentHash(`${pkg.version} ${url.slice(url.indexOf("/", url.indexOf("//") + 2))}`)}"`);
};
