// The messages a 催办单 becomes for the chat robots offices use, and how each robot is signed:
//
//   dingtalk  钉钉 custom robot: a markdown message; with a secret, timestamp (ms) and sign query
//             parameters, sign = base64(HMAC-SHA256(secret, `${timestamp}\n${secret}`)).
//   feishu    飞书/Lark custom bot: {timestamp, sign, msg_type, content}; with a secret, timestamp in
//             seconds and sign = base64(HMAC-SHA256(key = `${timestamp}\n${secret}`, empty message)).
//   wecom     企业微信 group robot: a markdown message; no signing, the key is in the URL.
//   generic   the notice as JSON; with a secret, X-Plan-Signature: sha256=<hex HMAC-SHA256 of the body>.
//
// Pure: the caller gives the time and does the POST.

import { PlanError } from "../errors.js";
import { reminderNoticeChat, noticeTitle } from "../reminder-notice/markdown.js";
import type { ReminderNotice } from "../reminder-notice/notice.js";
import { hmacSha256, toBase64, toHex } from "./sign.js";

/** The chat robots a 催办单 can be sent to, and a generic JSON webhook. */
export const ROBOTS = ["dingtalk", "feishu", "wecom", "generic"] as const;
/** A chat robot's kind (see ROBOTS). */
export type Robot = (typeof ROBOTS)[number];

/** The messages a robot takes a minute before it throttles (DingTalk and WeCom: 20; Feishu: 100). */
export const ROBOT_PER_MINUTE: Record<Robot, number> = { dingtalk: 20, feishu: 100, wecom: 20, generic: Number.POSITIVE_INFINITY };

// The hosts of the robots' webhooks, for a robot not named.
const ROBOT_HOSTS: readonly (readonly [RegExp, Robot])[] = [
  [/(^|\.)dingtalk\.com$/, "dingtalk"],
  [/(^|\.)(feishu\.cn|larksuite\.com|larkoffice\.com)$/, "feishu"],
  [/^qyapi\.weixin\.qq\.com$/, "wecom"],
];

/** The robot a webhook address belongs to, by its host: generic for any other. */
export const robotOf = (url: string): Robot => {
  const host = webhookUrl(url).hostname;
  return ROBOT_HOSTS.find(([re]) => re.test(host))?.[1] ?? "generic";
};

/** Whether a robot's messages are signed with a secret: WeCom's are not (its key is in the URL). */
export const robotSigns = (robot: Robot): boolean => robot !== "wecom";

/** Refuses a secret given for a robot that signs nothing: a slip, most likely meant for another robot. */
export const checkRobotSecret = (robot: Robot, secret: string | undefined): void => {
  if (!robotSigns(robot) && secret) throw new PlanError("request.invalid", `secret: ${robot === "wecom" ? "WeCom robots are" : `${robot} is`} not signed (the key is in the URL)`, { field: "secret" });
};

/** The largest message each robot takes, in UTF-8 bytes, with room to spare (WeCom's markdown stops at 4096). */
const MAX_BYTES: Record<Exclude<Robot, "generic">, number> = { dingtalk: 18_000, feishu: 18_000, wecom: 4_000 };

/** Where and how to send a notice. */
export interface WebhookOptions {
  readonly robot: Robot;
  /** The robot's webhook address (with its access token or key). */
  readonly url: string;
  /** The robot's signing secret, when it has one. */
  readonly secret?: string | undefined;
  /** Milliseconds since the epoch: the signature's timestamp. */
  readonly now: number;
}

/** An HTTP POST ready to send: its address, headers and JSON body. */
export interface WebhookRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The HTTP header that carries a generic webhook's signature. */
export const SIGNATURE_HEADER = "X-Plan-Signature";

const JSON_TYPE = { "content-type": "application/json; charset=utf-8" };

/** Refuses a webhook address that is not http(s), naming the field. */
export const webhookUrl = (url: string): URL => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new PlanError("request.invalid", "webhook: not a URL (http:// or https://)", { field: "webhook" });
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new PlanError("request.invalid", `webhook: ${parsed.protocol} is not http: or https:`, { field: "webhook" });
  return parsed;
};

// A Feishu post message: a title and one text paragraph per line.
const feishuContent = (notice: ReminderNotice, text: string) => ({
  post: {
    zh_cn: {
      title: `${noticeTitle(notice)} ${notice.unit}`,
      content: text
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((line) => [{ tag: "text", text: line.replace(/\*\*|^#+ /g, "") }]),
    },
  },
});

/** The POST that delivers a 催办单 to a robot: the address (signed where the robot signs it), headers and body. */
export const webhookRequest = async (notice: ReminderNotice, options: WebhookOptions): Promise<WebhookRequest> => {
  const url = webhookUrl(options.url);
  const secret = options.secret === "" ? undefined : options.secret;
  const title = `${noticeTitle(notice)} ${notice.unit}`;
  switch (options.robot) {
    case "dingtalk": {
      if (secret !== undefined) {
        const timestamp = String(options.now);
        url.searchParams.set("timestamp", timestamp);
        url.searchParams.set("sign", toBase64(await hmacSha256(secret, `${timestamp}\n${secret}`)));
      }
      const body = { msgtype: "markdown", markdown: { title, text: reminderNoticeChat(notice, MAX_BYTES.dingtalk) } };
      return { url: url.href, headers: JSON_TYPE, body: JSON.stringify(body) };
    }
    case "feishu": {
      const timestamp = String(Math.floor(options.now / 1000));
      const signed = secret === undefined ? {} : { timestamp, sign: toBase64(await hmacSha256(`${timestamp}\n${secret}`, "")) };
      const body = { ...signed, msg_type: "post", content: feishuContent(notice, reminderNoticeChat(notice, MAX_BYTES.feishu)) };
      return { url: url.href, headers: JSON_TYPE, body: JSON.stringify(body) };
    }
    case "wecom": {
      checkRobotSecret("wecom", secret);
      const body = { msgtype: "markdown", markdown: { content: reminderNoticeChat(notice, MAX_BYTES.wecom) } };
      return { url: url.href, headers: JSON_TYPE, body: JSON.stringify(body) };
    }
    case "generic": {
      const body = JSON.stringify({ type: "reminder-notice", sentAt: new Date(options.now).toISOString(), notice });
      const headers = secret === undefined ? JSON_TYPE : { ...JSON_TYPE, [SIGNATURE_HEADER]: `sha256=${toHex(await hmacSha256(secret, body))}` };
      return { url: url.href, headers, body };
    }
  }
};

/** Whether a robot took a message: its HTTP status, and for chat robots their own error code. */
export interface WebhookOutcome {
  readonly ok: boolean;
  /** "HTTP 200", or why not, e.g. "HTTP 200, errcode 310000": never the text of the answer. */
  readonly detail: string;
}

/**
 * Whether a robot took the message, from its answer: a 2xx and, for chat robots, a zero code in
 * the body (DingTalk and WeCom errcode, Feishu code or StatusCode), which they send with HTTP 200.
 * A redirect (3xx) is refused, not followed. What is said comes from the status and a robot's
 * numeric code only: the text of the answer never reaches the caller, so an address that should
 * not have been reached cannot be read through this.
 */
export const webhookOutcome = (robot: Robot, status: number, text: string): WebhookOutcome => {
  if (status >= 300 && status <= 399) return { ok: false, detail: `HTTP ${status}: redirect refused` };
  if (status < 200 || status > 299) return { ok: false, detail: `HTTP ${status}` };
  if (robot === "generic") return { ok: true, detail: `HTTP ${status}` };
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    answer = null;
  }
  if (typeof answer !== "object" || answer === null || Array.isArray(answer)) return { ok: false, detail: `HTTP ${status}, but the answer is not a robot's JSON` };
  const codeField = robot === "feishu" ? ("code" in answer ? "code" : "StatusCode") : "errcode";
  const code = (answer as Record<string, unknown>)[codeField];
  if (code === 0) return { ok: true, detail: `HTTP ${status}` };
  // Only a robot's numeric error code is told (its meaning is in the robot's documentation).
  return { ok: false, detail: `HTTP ${status}, ${codeField} ${Number.isSafeInteger(code) ? String(code) : code === undefined ? "missing" : "not a number"}` };
};
