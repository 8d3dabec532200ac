// The Node side of sending webhooks (exported by @plan/store/node, never loaded in Workers): names
// resolved with node:dns, and a POST with node:http / node:https whose connection resolves its
// host again and checks every address before it connects, then connects to the address it
// checked. So a name that resolves to a public address when guardWebhook looks and to 127.0.0.1
// when the connection is made (DNS rebinding) is refused: there is no window between the check
// and the connection's own lookup.

import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { checkResolvedAddresses, checkWebhookUrl, isCodedError, type PostRequest } from "@plan/domain";
import { MAX_ANSWER_BYTES, type Outbound } from "./send-reminders.js";

/** Every address a name has, with its family: node:dns lookup by default (the system's resolver, as connections use). */
export type LookupAll = (hostname: string) => Promise<readonly LookupAddress[]>;

const systemLookup: LookupAll = (hostname) => new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

// A connection's lookup that refuses the name when any address is special (unless the host is allowed).
const checkedLookup =
  (lookupAll: LookupAll, host: string, allowed: boolean): LookupFunction =>
  (hostname, options, callback) => {
    lookupAll(hostname).then(
      (addresses) => {
        try {
          checkResolvedAddresses(
            host,
            addresses.map((a) => a.address),
            allowed,
          );
        } catch (error) {
          (callback as (error: Error) => void)(error as Error);
          return;
        }
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = family === 0 ? addresses : addresses.filter((a) => a.family === family);
        if (usable.length === 0) {
          (callback as (error: Error) => void)(Object.assign(new Error(`${hostname}: no IPv${family} address`), { code: "ENOTFOUND" }));
          return;
        }
        if (options.all) (callback as (error: null, addresses: LookupAddress[]) => void)(null, [...usable]);
        else callback(null, usable[0]!.address, usable[0]!.family);
      },
      (error: Error) => (callback as (error: Error) => void)(error),
    );
  };

const readCapped = (response: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      // Enough for a robot's JSON: the rest is not read.
      if (size >= MAX_ANSWER_BYTES) {
        response.destroy();
        resolve(Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES).toString("utf8"));
      }
    });
    response.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    response.on("error", reject);
    response.on("close", () => {
      if (!response.complete && size < MAX_ANSWER_BYTES) reject(new Error("the answer broke off"));
    });
  });

/**
 * A POST with node:http / node:https under the operator's allow-list: the address is checked
 * again (checkWebhookUrl) and a name's addresses are resolved and checked in the connection's
 * own lookup, which then connects to one of the addresses it checked (a fresh connection per
 * message, no keep-alive, so nothing checked earlier is reused). No redirect is followed; at most
 * MAX_ANSWER_BYTES of the answer are read; a timeout or failure is an answer, not a throw.
 */
export const nodePost =
  (allow: readonly string[] = [], lookupAll: LookupAll = systemLookup): PostRequest =>
  (request, { timeoutMs }) =>
    new Promise((resolve) => {
      let checked: ReturnType<typeof checkWebhookUrl>;
      try {
        checked = checkWebhookUrl(request.url, allow);
      } catch (error) {
        resolve({ error: (error as Error).message });
        return;
      }
      let timedOut = false;
      const send = checked.url.protocol === "https:" ? httpsRequest : httpRequest;
      const req = send(checked.url, {
        method: "POST",
        headers: { ...request.headers, "content-length": String(Buffer.byteLength(request.body)) },
        agent: false,
        lookup: checkedLookup(lookupAll, checked.host, checked.allowed),
      });
      const timer = setTimeout(() => {
        timedOut = true;
        req.destroy(new Error("timeout"));
      }, timeoutMs);
      req.on("response", (response) => {
        readCapped(response).then(
          (text) => {
            clearTimeout(timer);
            resolve({ status: response.statusCode ?? 0, text });
          },
          () => {
            clearTimeout(timer);
            resolve(timedOut ? { error: "timeout", timeout: true } : { error: "the answer broke off" });
          },
        );
      });
      req.on("error", (error: Error & { code?: string }) => {
        clearTimeout(timer);
        if (timedOut) resolve({ error: "timeout", timeout: true });
        else resolve({ error: isCodedError(error) ? error.message : (error.code ?? error.message) });
      });
      req.end(request.body);
    });

/**
 * The Node side of the operator's rules for webhooks: the allow-list, names resolved and checked
 * before anything is sent, and each POST by nodePost, whose connection checks the address it
 * connects to. `lookup` replaces the system's resolver (for tests).
 */
export const nodeOutbound = (allow: readonly string[] = [], lookup: LookupAll = systemLookup): Outbound => ({
  allow,
  resolve: async (hostname) => (await lookup(hostname)).map((a) => a.address),
  post: nodePost(allow, lookup),
});
