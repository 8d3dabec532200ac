// createClient: the plan API as typed methods. Every method resolves with the API's data or
// rejects with a PlanApiError; `raw` is the Hono RPC client typed by the API's own routes.

import type { Api } from "@plan/api";
import type { Finding, Plan, PlanOverview, PlanStatus, ProgressReport, Unit } from "@plan/domain";
import { hc } from "hono/client";
import { PlanApiError } from "./errors.js";
import { clientFetch, type RetryOptions } from "./fetch.js";

export interface ClientOptions extends RetryOptions {
  readonly baseUrl: string;
  readonly apiKey?: string;
  /** A fetch of your own (tests, Workers service bindings); the global fetch by default. */
  readonly fetch?: typeof fetch;
}

export interface PlanSummary {
  id: string;
  title: string;
  year: number | null;
  tasks: number;
  source: string;
  importedAt: string;
  revisionOf: string | null;
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export interface ImportResult {
  plan: PlanSummary;
  created: boolean;
  revisionOf: string | null;
  carried: number;
}
export interface ProgressInput {
  task: string;
  target?: number | null;
  milestone?: number | null;
  unit?: string;
  period: string;
  value?: number | null;
  status?: "on-track" | "at-risk" | "behind" | "done" | null;
  note?: string;
  evidence?: string[];
}

const fail = async (response: Response): Promise<never> => {
  const requestId = response.headers.get("x-request-id") ?? "";
  let body: { error?: { code?: string; message?: string; requestId?: string; details?: Record<string, unknown> } } = {};
  try {
    body = await response.json();
  } catch {
    // Not our error body (a proxy's page): keep the status.
  }
  throw new PlanApiError(body.error?.code ?? `http.${response.status}`, body.error?.message ?? response.statusText, response.status, body.error?.requestId ?? requestId, body.error?.details ?? {});
};

const json = async <T>(response: Response): Promise<T> => (response.ok ? ((await response.json()) as T) : fail(response));

export const createClient = (options: ClientOptions) => {
  const fetcher = clientFetch(options.fetch ?? fetch, options.apiKey, options);
  const raw = hc<Api>(options.baseUrl, { fetch: fetcher });
  const path = (...parts: string[]) => `${options.baseUrl.replace(/\/$/, "")}/${parts.map(encodeURIComponent).join("/")}`;
  const get = <T>(url: string, query: Record<string, string | number | undefined> = {}) => {
    const search = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
    return fetcher(`${url}${search.size ? `?${search}` : ""}`).then((r) => json<T>(r));
  };
  const post = <T>(url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetcher(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) }).then((r) => json<T>(r));

  return {
    raw,
    health: () => get<{ status: "ok"; engine: string }>(path("health")),
    plans: {
      import: (document: { text: string; name?: string }) => post<ImportResult>(path("plans"), document),
      upload: (file: Blob, name: string) => {
        const form = new FormData();
        form.append("file", file, name);
        return fetcher(path("plans"), { method: "POST", body: form }).then((r) => json<ImportResult>(r));
      },
      list: (query: { cursor?: string; limit?: number } = {}) => get<Page<PlanSummary>>(path("plans"), query),
      get: (plan: string) => get<Plan>(path("plans", plan)),
      validate: (plan: string) => get<Finding[]>(path("plans", plan, "validate")),
    },
    tasks: {
      list: (plan: string, query: { area?: string; unit?: string; status?: string; asOf?: string; cursor?: string; limit?: number } = {}) =>
        get<Page<Plan["tasks"][number] & { status: string }>>(path("plans", plan, "tasks"), query),
      get: (plan: string, task: string, query: { asOf?: string } = {}) => get<Plan["tasks"][number] & { assessment: PlanStatus["tasks"][number] }>(path("plans", plan, "tasks", task), query),
    },
    units: {
      list: (plan: string) => get<Unit[]>(path("plans", plan, "units")),
      get: (plan: string, unit: string) => get<Unit>(path("plans", plan, "units", unit)),
    },
    progress: {
      /** Records a report; pass an idempotencyKey to make retries of your own safe too. */
      add: (plan: string, input: ProgressInput, options: { idempotencyKey?: string } = {}) =>
        post<ProgressReport>(path("plans", plan, "progress"), input, options.idempotencyKey ? { "idempotency-key": options.idempotencyKey } : {}),
      list: (plan: string, query: { task?: string; unit?: string; cursor?: string; limit?: number } = {}) => get<Page<ProgressReport>>(path("plans", plan, "progress"), query),
    },
    status: (plan: string, query: { asOf?: string } = {}) => get<PlanStatus>(path("plans", plan, "status"), query),
    /** Every plan's overall rollup as of a date, a page at a time. */
    overview: (query: { asOf?: string; cursor?: string; limit?: number } = {}) =>
      get<Page<PlanOverview>>(path("status"), query),
    reminders: (plan: string, query: { asOf?: string } = {}) => get<{ asOf: string; period: string | null; reminders: unknown[] }>(path("plans", plan, "reminders"), query),
    /** The dispatch report: text for md and html, bytes for xlsx. */
    report: async (plan: string, query: { format: "md" | "html" | "xlsx"; asOf?: string }) => {
      const search = new URLSearchParams({ format: query.format, ...(query.asOf ? { asOf: query.asOf } : {}) });
      const response = await fetcher(`${path("plans", plan, "report")}?${search}`);
      if (!response.ok) return fail(response);
      return query.format === "xlsx" ? new Uint8Array(await response.arrayBuffer()) : response.text();
    },
  };
};

export type PlanClient = ReturnType<typeof createClient>;
