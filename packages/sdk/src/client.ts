// createClient: the plan API as typed methods. Every method resolves with the API's data or
// rejects with a PlanApiError. Types come from the API's OpenAPI document (types.ts), so the
// package needs nothing at run time but fetch.

import { PlanApiError } from "./errors.js";
import { clientFetch, type RetryOptions } from "./fetch.js";
import type {
  BaselineChange,
  BaselineInput,
  Finding,
  Health,
  ImportResult,
  Page,
  Plan,
  PlanOverview,
  PlanStatus,
  PlanSummary,
  ProgressInput,
  ProgressReport,
  QueryOf,
  Reminders,
  ReportFormat,
  TaskDetail,
  TaskListItem,
  Unit,
} from "./types.js";

export interface ClientOptions extends RetryOptions {
  readonly baseUrl: string;
  readonly apiKey?: string;
  /** A fetch of your own (tests, Workers service bindings); the global fetch by default. */
  readonly fetch?: typeof fetch;
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
  const path = (...parts: string[]) => `${options.baseUrl.replace(/\/$/, "")}/${parts.map(encodeURIComponent).join("/")}`;
  const get = <T>(url: string, query: Record<string, string | number | undefined> = {}) => {
    const search = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
    return fetcher(`${url}${search.size ? `?${search}` : ""}`).then((r) => json<T>(r));
  };
  const post = <T>(url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetcher(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) }).then((r) => json<T>(r));
  const put = <T>(url: string, body: unknown) => fetcher(url, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then((r) => json<T>(r));

  return {
    health: () => get<Health>(path("health")),
    plans: {
      import: (document: { text: string; name?: string }) => post<ImportResult>(path("plans"), document),
      upload: (file: Blob, name: string) => {
        const form = new FormData();
        form.append("file", file, name);
        return fetcher(path("plans"), { method: "POST", body: form }).then((r) => json<ImportResult>(r));
      },
      list: (query: QueryOf<"/plans"> = {}) => get<Page<PlanSummary>>(path("plans"), query),
      get: (plan: string) => get<Plan>(path("plans", plan)),
      validate: (plan: string) => get<Finding[]>(path("plans", plan, "validate")),
    },
    tasks: {
      list: (plan: string, query: QueryOf<"/plans/{plan}/tasks"> = {}) => get<Page<TaskListItem>>(path("plans", plan, "tasks"), query),
      get: (plan: string, task: string, query: QueryOf<"/plans/{plan}/tasks/{task}"> = {}) => get<TaskDetail>(path("plans", plan, "tasks", task), query),
    },
    units: {
      list: (plan: string) => get<Unit[]>(path("plans", plan, "units")),
      get: (plan: string, unit: string) => get<Unit>(path("plans", plan, "units", unit)),
    },
    progress: {
      /** Records a report; pass an idempotencyKey to make retries of your own safe too. */
      add: (plan: string, input: ProgressInput, options: { idempotencyKey?: string } = {}) =>
        post<ProgressReport>(path("plans", plan, "progress"), input, options.idempotencyKey ? { "idempotency-key": options.idempotencyKey } : {}),
      list: (plan: string, query: QueryOf<"/plans/{plan}/progress"> = {}) => get<Page<ProgressReport>>(path("plans", plan, "progress"), query),
    },
    baselines: {
      /** Sets a target's baseline (admin): status measures the target's progress from it. */
      set: (plan: string, task: string, target: string | number, value: BaselineInput["value"]) =>
        put<BaselineChange>(path("plans", plan, "tasks", task, "targets", String(target), "baseline"), { value }),
    },
    status: (plan: string, query: QueryOf<"/plans/{plan}/status"> = {}) => get<PlanStatus>(path("plans", plan, "status"), query),
    /** Every plan's overall rollup as of a date, a page at a time. */
    overview: (query: QueryOf<"/status"> = {}) => get<Page<PlanOverview>>(path("status"), query),
    /** Who owes which report for the period due as of a date. */
    reminders: (plan: string, query: QueryOf<"/plans/{plan}/reminders"> = {}) => get<Reminders>(path("plans", plan, "reminders"), query),
    /** The dispatch report: text for md and html, bytes for xlsx. */
    report: async <Format extends ReportFormat>(plan: string, query: { format: Format; asOf?: string }): Promise<Format extends "xlsx" ? Uint8Array : string> => {
      const search = new URLSearchParams({ format: query.format, ...(query.asOf ? { asOf: query.asOf } : {}) });
      const response = await fetcher(`${path("plans", plan, "report")}?${search}`);
      if (!response.ok) return fail(response);
      const body = query.format === "xlsx" ? new Uint8Array(await response.arrayBuffer()) : await response.text();
      return body as Format extends "xlsx" ? Uint8Array : string;
    },
  };
};

export type PlanClient = ReturnType<typeof createClient>;
