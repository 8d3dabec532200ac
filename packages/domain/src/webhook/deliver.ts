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

/** The POST, done by the caller: the answer, or why there was none (timeout, refused connection). */
export type PostRequest = (request: WebhookRequest) => Promise<{ readonly status: number; readonly text: string } | { readonly error: string }>;

/** Where to send, and the I/O the caller provides. */
export interface DeliveryOptions {
  readonly robot: Robot;
  readonly url: string;
  readonly secret?: string | undefined;
  readonly post: PostRequest;
  /** Milliseconds since the epoch, for signatures. */
  readonly now: () => number;
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

/** Sends each notice in turn (paced to the robot's limit when a pause is given) and says what became of each. */
export const deliverNotices = async (notices: readonly ReminderNotice[], options: DeliveryOptions): Promise<Delivery[]> => {
  const perMinute = ROBOT_PER_MINUTE[options.robot];
  const gap = options.pause && notices.length > perMinute ? Math.ceil(60_000 / perMinute) : 0;
  const done: Delivery[] = [];
  for (const [i, notice] of notices.entries()) {
    if (i > 0 && gap > 0) await options.pause!(gap);
    const request = await webhookRequest(notice, { robot: options.robot, url: options.url, secret: options.secret, now: options.now() });
    const answer = await options.post(request);
    const outcome = "error" in answer ? { ok: false, detail: answer.error } : webhookOutcome(options.robot, answer.status, answer.text);
    const delivery = { unit: notice.unit, ok: outcome.ok, detail: redactWebhook(outcome.detail, options.url, options.secret) };
    done.push(delivery);
    options.onDelivery?.(delivery);
  }
  return done;
};
