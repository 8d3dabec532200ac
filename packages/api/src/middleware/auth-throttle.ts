// Failed authentication, throttled per client address: a key or a bootstrap secret guessed at
// (a 401 answered to a request that carried one) counts against its address, and past
// FAILED_AUTH.limit in FAILED_AUTH.windowMs the address is answered 429 auth.throttled, with
// Retry-After, until the window it started has passed. Requests without a credential and good
// keys cost nothing. Kept per server (per isolate on Workers) and bounded in memory.

import { PlanError } from "@plan/domain";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";

/** How many failed authentications an address may make in a window. */
export const FAILED_AUTH = { limit: 60, windowMs: 60_000 } as const;
// Addresses remembered at most: the oldest are forgotten first.
const MAX_ADDRESSES = 10_000;

/** Where a request comes from: the socket's address on Node, Cloudflare's header on Workers. */
export const clientAddress = (c: Context): string => {
  const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
  return socket ?? c.req.header("cf-connecting-ip") ?? "unknown";
};

export const throttleFailedAuth = (
  limits: { readonly limit: number; readonly windowMs: number } = FAILED_AUTH,
  addressOf: (c: Context) => string = clientAddress,
  now: () => number = Date.now,
): MiddlewareHandler<AppEnv> => {
  const failures = new Map<string, { count: number; since: number }>();
  return async (c, next) => {
    const address = addressOf(c);
    const seen = failures.get(address);
    if (seen && now() - seen.since >= limits.windowMs) failures.delete(address);
    const entry = failures.get(address);
    if (entry && entry.count >= limits.limit) {
      const retryAfter = Math.max(1, Math.ceil((entry.since + limits.windowMs - now()) / 1000));
      throw new PlanError("auth.throttled", `too many failed authentications from this address: try again in ${retryAfter} s`, { retryAfter });
    }
    await next();
    const credential = c.req.header("authorization") !== undefined || c.req.header("x-api-key") !== undefined;
    if (c.res.status !== 401 || !credential) return;
    const current = failures.get(address) ?? { count: 0, since: now() };
    current.count++;
    failures.delete(address);
    failures.set(address, current);
    if (failures.size > MAX_ADDRESSES) failures.delete(failures.keys().next().value!);
  };
};
