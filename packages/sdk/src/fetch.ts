// The client's fetch: the API key on every request, an Idempotency-Key on every write (kept
// across retries, so a retried POST records once), and retries with backoff on 429 and 503
// that honour Retry-After.

export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  readonly retries?: number;
  /** First backoff in milliseconds, doubled each time (default 200). */
  readonly baseDelayMs?: number;
}

const RETRYABLE = new Set([429, 503]);

// crypto.randomUUID exists only in secure contexts (https, localhost): a page of an intranet served
// over plain http has getRandomValues alone, so the UUID is made from it there.
const newIdempotencyKey = (): string => {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const retryAfterMs = (header: string | null): number | null => {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
};

export const clientFetch = (base: typeof fetch, apiKey: string | undefined, options: RetryOptions = {}): typeof fetch => {
  const retries = options.retries ?? 3;
  const baseDelay = options.baseDelayMs ?? 200;
  return async (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    if (apiKey && !headers.has("authorization")) headers.set("authorization", `Bearer ${apiKey}`);
    if (request.method !== "GET" && request.method !== "HEAD" && !headers.has("idempotency-key")) headers.set("idempotency-key", newIdempotencyKey());
    const body = request.body === null ? null : await request.arrayBuffer();
    for (let attempt = 0; ; attempt++) {
      const response = await base(new Request(request.url, { method: request.method, headers, body, signal: request.signal }));
      if (!RETRYABLE.has(response.status) || attempt >= retries) return response;
      await response.body?.cancel();
      await sleep(retryAfterMs(response.headers.get("retry-after")) ?? baseDelay * 2 ** attempt);
    }
  };
};
