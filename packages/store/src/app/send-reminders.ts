// Sending the 催办单 to a chat robot or a webhook, one message per unit: the notices as of a
// date, each POSTed in turn (WebCrypto signing and fetch work alike in Node and Workers), and
// what became of each. The CLI and the API both call this verb.

import { type Delivery, deliverNotices, type NoticeOptions, PlanError, type PostRequest, ROBOT_PER_MINUTE, type Reminders, type Robot, robotOf, shownAddress, webhookUrl } from "@plan/domain";
import { Effect } from "effect";
import { attempt, type StoreError, toStoreError } from "../errors.js";
import type { PlanStore } from "../store.js";
import { type Caller, officeOnly } from "./caller.js";
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

const DEFAULT_TIMEOUT_MS = 10_000;

/** A POST by fetch with a timeout; a network failure or a timeout is an answer of its own, not a throw. */
export const postWithTimeout =
  (timeoutMs: number): PostRequest =>
  async (request) => {
    try {
      const response = await fetch(request.url, { method: "POST", headers: request.headers, body: request.body, signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      const e = error as Error & { cause?: { code?: string; message?: string } };
      if (e.name === "TimeoutError") return { error: `no answer within ${timeoutMs / 1000} s` };
      return { error: e.cause?.code ?? e.cause?.message ?? e.message };
    }
  };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends each unit's 催办单 as of a date to a webhook and reports what became of each. */
export const sendReminders = (plan: string, when: AsOf, request: SendRequest, caller: Caller): Effect.Effect<SendResult, StoreError, PlanStore> =>
  Effect.gen(function* () {
    // The office chases the units; a unit's key sends nobody's reminders.
    yield* officeOnly(caller, "send reminders");
    const robot = yield* attempt(() => {
      webhookUrl(request.url);
      const robot = request.robot ?? robotOf(request.url);
      if (robot === "wecom" && request.secret) throw new PlanError("request.invalid", "secret: WeCom robots are not signed (their key is in the URL)", { field: "secret" });
      return robot;
    });
    const { reminders, notices } = yield* reminderNoticesAsOf(plan, when, request);
    if (!request.pace && notices.length > ROBOT_PER_MINUTE[robot]) {
      return yield* attempt(() => {
        throw new PlanError(
          "request.invalid",
          `${notices.length} notices are more than a ${robot} robot takes a minute (${ROBOT_PER_MINUTE[robot]}): send them a unit at a time, or with the CLI, which paces them`,
          { field: "unit" },
        );
      });
    }
    const deliveries = yield* Effect.tryPromise({
      try: () =>
        deliverNotices(notices, {
          robot,
          url: request.url,
          secret: request.secret || undefined,
          post: postWithTimeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS),
          now: Date.now,
          pause: request.pace ? sleep : undefined,
          onDelivery: request.onDelivery,
        }),
      catch: toStoreError,
    });
    const failed = deliveries.filter((d) => !d.ok).length;
    return { reminders, robot, address: shownAddress(request.url), deliveries, sent: deliveries.length - failed, failed };
  });
