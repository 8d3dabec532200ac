// The HTTP side of sending 催办单 to a webhook: the POST with a timeout, and what a user may be
// shown of the address and of a robot's answer (never the secret, the token or the key).

import type { WebhookOutcome, WebhookRequest } from "@plan/domain";

/** The POST of a request the domain built; a network failure or a timeout is an outcome, not a throw. */
export const post = async (request: WebhookRequest, timeoutMs: number): Promise<{ status: number; text: string } | { error: string }> => {
  try {
    const response = await fetch(request.url, { method: "POST", headers: request.headers, body: request.body, signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
    return { status: response.status, text: await response.text() };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string; message?: string } };
    if (e.name === "TimeoutError") return { error: `no answer within ${timeoutMs / 1000} s` };
    return { error: e.cause?.code ?? e.cause?.message ?? e.message };
  }
};

/** The words of an address a user may see: the scheme, host and port, nothing that authenticates. */
export const shownAddress = (url: string): string => {
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}`;
};

/**
 * A robot's answer with every secret part of the address (query values, long path segments) and
 * the signing secret blotted out: a receiver may echo what it was sent.
 */
export const redact = (text: string, url: string, secret: string | undefined): string => {
  const parsed = new URL(url);
  const secrets = [secret, ...parsed.searchParams.values(), ...parsed.pathname.split("/").filter((s) => s.length >= 16)].filter((s): s is string => s !== undefined && s.length >= 4);
  return secrets.reduce((t, s) => t.split(s).join("***"), text);
};

/** An outcome as one line of the report. */
export const outcomeLine = (unit: string, outcome: WebhookOutcome): string => `${outcome.ok ? "sent  " : "FAILED"}  ${unit}: ${outcome.detail}`;
