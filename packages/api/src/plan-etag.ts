// ETags for reads of a plan's document (the plan, its tasks, units, targets, milestones, findings).
//
// A plan never changes: its id is a hash of its content. So what such a read returns is fixed by
// the plan's id, the URL asked and the code answering, and its tag can be made from those without
// reading the body. The etag middleware hashes every other body (SHA-1 of a clone of the finished
// response), which on Node costs more than a cached read itself.

import type { Context } from "hono";
import pkg from "../package.json" with { type: "json" };

/** cyrb53: 53 bits of a short string, enough to tell URLs apart in a tag. */
const hash53 = (text: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
};

/** Tags the reply to a read that depends on nothing but the plan `planId` and the URL. */
export const tagPlanRead = (c: Context, planId: string): void => {
  const url = c.req.url;
  c.header("ETag", `W/"${planId}.${hash53(`${pkg.version} ${url.slice(url.indexOf("/", url.indexOf("//") + 2))}`)}"`);
};
