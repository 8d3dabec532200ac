// Sending a batch of 催办单, one message per unit, with the HTTP POST, the clock and the pause
// given by the caller (the CLI on Node, the API on Node or Workers): each unit's outcome,
// with nothing that authenticates (secret, token, key) in what a user is shown.

import type { ReminderNotice } from "../reminder-notice/notice.js";
import { ROBOT_PER_MINUTE, type Robot, type WebhookRequest, webhookOutcome, webhookRequest } from "./robots.js";

/** What became of one unit's message. */
export interface Delivery {
  readonly unit: string;
  readonly ok: boolean;
  /** "HTTP 200", or why not; secrets blotted out. */
  readonly detail: string;
}

/**
 * The POST, done by the caller within `timeoutMs`: the status and the answer's text (read only to
 * tell a robot's error code; never shown), or why there was none — `timeout: true` when no
 * answer came in time, else what went wrong (a refused connection, an address refused).
 */
export type PostRequest = (
  request: WebhookRequest,
  limits: { readonly timeoutMs: number },
) => Promise<{ readonly status: number; readonly text: string } | { readonly error: string; readonly timeout?: boolean }>;

/** How long one message waits for its answer unless told otherwise: 10 s. */
export const DEFAULT_POST_TIMEOUT_MS = 10_000;

/** Where to send, and the I/O the caller provides. */
export interface DeliveryOptions {
  readonly robot: Robot;
  readonly url: string;
  readonly secret?: string | undefined;
  readonly post: PostRequest;
  /** Milliseconds since the epoch, for signatures and the deadline. */
  readonly now: () => number;
  /** How long each message waits for its answer (DEFAULT_POST_TIMEOUT_MS when not given). */
  readonly timeoutMs?: number | undefined;
  /**
   * When the whole batch must be done, in milliseconds since the epoch (by `now`): a message
   * waits no longer than that, and the notices not sent by then are reported as not sent
   * ("deadline exceeded") without being attempted.
   */
  readonly deadline?: number | undefined;
  /** Waits between messages when there are more than the robot takes a minute; none when not given. */
  readonly pause?: (ms: number) => Promise<void>;
  /** Called as each unit's outcome is known. */
  readonly onDelivery?: (delivery: Delivery) => void;
}

/** The scheme, host and port of an address: what a user may be shown of it. */
export const shownAddress = (url: string): string => {
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}`;
};

/**
 * Text with every secret part of a webhook address (query values, long path segments such as
 * Feishu's token) and the signing secret blotted out: a receiver may echo what it was sent.
 */
export const redactWebhook = (text: string, url: string, secret: string | undefined): string => {
  const parsed = new URL(url);
  const secrets = [secret, ...parsed.searchParams.values(), ...parsed.pathname.split("/").filter((s) => s.length >= 16)].filter((s): s is string => s !== undefined && s.length >= 4);
  return secrets.reduce((t, s) => t.split(s).join("***"), text);
};

/** What a notice not attempted because the batch's deadline had passed is reported as. */
export const DEADLINE_EXCEEDED = "not sent: deadline exceeded";

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(1))} s`;

/**
 * Sends each notice in turn (paced to the robot's limit when a pause is given) and says what
 * became of each, by status only; with a deadline, whatever is left when it passes is reported
 * as not sent.
 */
export const deliverNotices = async (notices: readonly ReminderNotice[], options: DeliveryOptions): Promise<Delivery[]> => {
  const perMinute = ROBOT_PER_MINUTE[options.robot];
  const gap = options.pause && notices.length > perMinute ? Math.ceil(60_000 / perMinute) : 0;
  const timeoutMs = options.timeoutMs ?? DEFAULT_POST_TIMEOUT_MS;
  const deadline = options.deadline ?? Number.POSITIVE_INFINITY;
  const done: Delivery[] = [];
  const report = (delivery: Delivery) => {
    done.push(delivery);
    options.onDelivery?.(delivery);
  };
  const skipRest = (from: number) => {
    for (const rest of notices.slice(from)) report({ unit: rest.unit, ok: false, detail: DEADLINE_EXCEEDED });
  };
  for (const [i, notice] of notices.entries()) {
    if (i > 0 && gap > 0) {
      // A pause that would end at or past the deadline is not waited out.
      if (options.now() + gap >= deadline) {
        skipRest(i);
        break;
      }
      await options.pause!(gap);
    }
    const left = deadline - options.now();
    if (left <= 0) {
      skipRest(i);
      break;
    }
    const budget = Math.min(timeoutMs, left);
    const request = await webhookRequest(notice, { robot: options.robot, url: options.url, secret: options.secret, now: options.now() });
    const answer = await options.post(request, { timeoutMs: budget });
    const outcome =
      "error" in answer
        ? { ok: false, detail: answer.timeout ? (budget < timeoutMs ? "no answer before the deadline" : `no answer within ${seconds(budget)}`) : answer.error }
        : webhookOutcome(options.robot, answer.status, answer.text);
    report({ unit: notice.unit, ok: outcome.ok, detail: redactWebhook(outcome.detail, options.url, options.secret) });
  }
  return done;
};
