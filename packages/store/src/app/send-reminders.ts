// Sending the 催办单 to a chat robot or a webhook, one message per unit: the notices as of a
// date, each POSTed in turn (WebCrypto signing and fetch work alike in Node and Workers), and
// what became of each. The CLI and the API both call this verb.
//
// Outbound requests go only where the operator's rules let them (guardWebhook in the domain: the
// allow-list, no loopback, private, link-local… address in any spelling, https unless allowed),
// checked before anything is sent; on Node the name's addresses are resolved and checked, and the
// Node transport (nodeOutbound, @plan/store/node) checks again the address it connects to. No
// redirect is followed, only the status (and a robot's numeric code) comes back, and the whole
// batch has a deadline: what is left when it passes is reported as not sent.

import {
  checkRobotSecret,
  DEFAULT_POST_TIMEOUT_MS,
  type Delivery,
  deliverNotices,
  guardWebhook,
  type NoticeOptions,
  PlanError,
  type PostRequest,
  ROBOT_PER_MINUTE,
  type Reminders,
  type ResolveHost,
  type Robot,
  robotOf,
  shownAddress,
  webhookUrl,
} from "@plan/domain";
import { Effect } from "effect";
import { attempt, type StoreError, toStoreError } from "../errors.js";
import type { PlanStore } from "../store.js";
import { allow, type Caller } from "./caller.js";
import { reminderNoticesAsOf } from "./reminder-notices.js";
import type { AsOf } from "./today.js";

/** Where to send the notices and how. */
export interface SendRequest extends NoticeOptions {
  /** One unit's notice only (any printing of its name). */
  readonly unit?: string | undefined;
  readonly url: string;
  /** The robot; known by the address's host when not given (generic for any other). */
  readonly robot?: Robot | undefined;
  readonly secret?: string | undefined;
  /** How long to wait for each answer; 10 s by default. */
  readonly timeoutMs?: number | undefined;
  /**
   * Wait between messages when there are more than the robot takes a minute (the CLI does);
   * without it, such a batch is refused, since a request cannot wait minutes (the API).
   */
  readonly pace?: boolean | undefined;
  /** Called as each unit's outcome is known. */
  readonly onDelivery?: ((delivery: Delivery) => void) | undefined;
  /**
   * How long the whole batch may take: notices not sent by then are reported as not sent
   * ("deadline exceeded"), not attempted. 60 s by default, plus the pauses pacing needs when paced.
   */
  readonly deadlineMs?: number | undefined;
  /** Where the operator lets webhooks go, and how they are sent (see Outbound). */
  readonly outbound?: Outbound | undefined;
}

/**
 * The operator's rules for outbound requests and the means to follow them. Without an allow-list
 * any host whose addresses are all public is allowed, by https only; with one, only the hosts it
 * names (which may then be http, or special addresses). `resolve` and `post` are the runtime's:
 * on Node `nodeOutbound(allow)` (@plan/store/node) resolves names with node:dns and connects only
 * to addresses it has checked; without them (Workers, which have no DNS API) names are not
 * resolved here and fetch does the POST.
 */
export interface Outbound {
  /** The allow-list, as parseWebhookAllow reads it; empty or absent: none. */
  readonly allow?: readonly string[] | undefined;
  /** Resolves a name to all its addresses, to check them before anything is sent. */
  readonly resolve?: ResolveHost | undefined;
  /** Does each POST; fetchPost by default. */
  readonly post?: PostRequest | undefined;
}

/** What was sent: the reminders (saying when nothing is due yet), the address as shown, and each unit's outcome. */
export interface SendResult {
  readonly reminders: Reminders;
  readonly robot: Robot;
  /** The scheme, host and port: nothing that authenticates. */
  readonly address: string;
  readonly deliveries: Delivery[];
  readonly sent: number;
  readonly failed: number;
}

/** How long one request's deliveries may take together, unless told otherwise: 60 s. */
export const DEFAULT_DEADLINE_MS = 60_000;

/** The most of an answer read (enough for a robot's JSON); the rest is never read. */
export const MAX_ANSWER_BYTES = 64 * 1024;

const readCapped = async (response: Response): Promise<string> => {
  if (response.body === null) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < MAX_ANSWER_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => {});
  const bytes = new Uint8Array(Math.min(size, MAX_ANSWER_BYTES));
  let at = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - at);
    bytes.set(part, at);
    at += part.length;
  }
  return new TextDecoder().decode(bytes);
};

/**
 * A POST by fetch within the time it is given, following no redirect; a network failure or a
 * timeout is an answer of its own, not a throw. Used where there is no Node transport (Workers).
 */
export const fetchPost: PostRequest = async (request, { timeoutMs }) => {
  try {
    const response = await fetch(request.url, { method: "POST", headers: request.headers, body: request.body, signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
    // A browser hides a redirect's status behind an opaque response: still a redirect.
    if (response.type === "opaqueredirect") return { status: 302, text: "" };
    return { status: response.status, text: await readCapped(response) };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    if (e.name === "TimeoutError") return { error: "timeout", timeout: true };
    return { error: e.cause?.code ?? e.cause?.message ?? e.message };
  }
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends each unit's 催办单 as of a date to a webhook and reports what became of each. */
export const sendReminders = (plan: string, when: AsOf, request: SendRequest, caller: Caller): Effect.Effect<SendResult, StoreError, PlanStore> =>
  Effect.gen(function* () {
    // The office chases the units; a unit's key sends nobody's reminders.
    yield* allow(caller, "send reminders");
    const robot = yield* attempt(() => {
      webhookUrl(request.url);
      const robot = request.robot ?? robotOf(request.url);
      checkRobotSecret(robot, request.secret);
      return robot;
    });
    const { reminders, notices } = yield* reminderNoticesAsOf(plan, when, request, caller);
    if (!request.pace && notices.length > ROBOT_PER_MINUTE[robot]) {
      return yield* attempt(() => {
        throw new PlanError(
          "request.invalid",
          `${notices.length} notices are more than a ${robot} robot takes a minute (${ROBOT_PER_MINUTE[robot]}): send them a unit at a time, or with the CLI, which paces them`,
          { field: "unit" },
        );
      });
    }
    // Where the notices would go is checked before anything is sent (a refusal is the request's, 400).
    const outbound = request.outbound ?? {};
    yield* Effect.tryPromise({ try: () => guardWebhook(request.url, { allow: outbound.allow, resolve: outbound.resolve }), catch: toStoreError });
    const started = Date.now();
    const pauses = request.pace && notices.length > ROBOT_PER_MINUTE[robot] ? (notices.length - 1) * Math.ceil(60_000 / ROBOT_PER_MINUTE[robot]) : 0;
    const deliveries = yield* Effect.tryPromise({
      try: () =>
        deliverNotices(notices, {
          robot,
          url: request.url,
          secret: request.secret || undefined,
          post: outbound.post ?? fetchPost,
          now: Date.now,
          timeoutMs: request.timeoutMs ?? DEFAULT_POST_TIMEOUT_MS,
          deadline: started + (request.deadlineMs ?? DEFAULT_DEADLINE_MS + pauses),
          pause: request.pace ? sleep : undefined,
          onDelivery: request.onDelivery,
        }),
      catch: toStoreError,
    });
    const failed = deliveries.filter((d) => !d.ok).length;
    return { reminders, robot, address: shownAddress(request.url), deliveries, sent: deliveries.length - failed, failed };
  });
