// createClient: the plan API as typed methods. Every method resolves with the API's data or
// rejects with a PlanApiError. Types come from the API's OpenAPI document (types.ts), so the
// package needs nothing at run time but fetch.

import { PlanApiError } from "./errors.js";
import { clientFetch, type RetryOptions } from "./fetch.js";
import type {
  AuditEntry,
  Extension,
  ExtensionDecision,
  ExtensionRequest,
  ReviewDecision,
  Supervision,
  TaskClosure,
  BaselineChange,
  BaselineInput,
  BulletinFormat,
  Finding,
  Health,
  ImportResult,
  Page,
  Plan,
  PlanOverview,
  PlanStatus,
  PlanSummary,
  ProgressInput,
  ProgressImportResult,
  ProgressReport,
  QueryOf,
  Reminders,
  ReminderSendRequest,
  ReminderSendResult,
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
      /**
       * Replaces a plan's document (admin): the new plan revises it, the reports that still fit are
       * carried over, the others listed in notCarried; the old plan stays, superseded.
       */
      replace: (plan: string, document: { text: string; name?: string }) =>
        fetcher(path("plans", plan, "document"), { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(document) }).then((r) => json<ImportResult>(r)),
      /** replace with a file (.txt .md .docx .xlsx .csv). */
      replaceUpload: (plan: string, file: Blob, name: string) => {
        const form = new FormData();
        form.append("file", file, name);
        return fetcher(path("plans", plan, "document"), { method: "PUT", body: form }).then((r) => json<ImportResult>(r));
      },
      /** Deletes a plan with its tasks and reports (admin); the audit log keeps its entries. */
      delete: (plan: string) => fetcher(path("plans", plan), { method: "DELETE" }).then((r): Promise<void> | void => (r.ok ? undefined : fail(r))),
    },
    tasks: {
      list: (plan: string, query: QueryOf<"/plans/{plan}/tasks"> = {}) => get<Page<TaskListItem>>(path("plans", plan, "tasks"), query),
      get: (plan: string, task: string, query: QueryOf<"/plans/{plan}/tasks/{task}"> = {}) => get<TaskDetail>(path("plans", plan, "tasks", task), query),
      /** Closes a task (办结, admin): it counts as achieved and owes no reminders. */
      close: (plan: string, task: string, body: { note?: string } = {}) => post<TaskClosure>(path("plans", plan, "tasks", task, "close"), body),
      /** Reopens a closed task (admin). */
      reopen: (plan: string, task: string, body: { note?: string } = {}) => post<TaskClosure>(path("plans", plan, "tasks", task, "reopen"), body),
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
      /**
       * Imports filled-in progress sheets (.xlsx, .csv; plan template): every row recorded or
       * none. Rejects with progress.invalid whose details.errors name each bad row's file, sheet,
       * row and column; a row differing from the report recorded for its item, unit and period
       * is progress.duplicate unless replace.
       */
      import: (plan: string, files: readonly { file: Blob; name: string }[], options: { replace?: boolean } = {}) => {
        const form = new FormData();
        for (const { file, name } of files) form.append("file", file, name);
        // The custom method's colon is literal (progress:import), not encoded as a path segment's would be.
        const url = `${path("plans", plan)}/progress:import${options.replace ? "?replace=true" : ""}`;
        return fetcher(url, { method: "POST", body: form }).then((r) => json<ProgressImportResult>(r));
      },
      /** Accepts a report, or returns it (退回) with a reason its unit reads (admin); a returned report stops counting for status. */
      review: (plan: string, report: string, decision: ReviewDecision) => post<ProgressReport>(path("plans", plan, "progress", report, "review"), decision),
    },
    baselines: {
      /** Sets a target's baseline (admin): status measures the target's progress from it. */
      set: (plan: string, task: string, target: string | number, value: BaselineInput["value"]) =>
        put<BaselineChange>(path("plans", plan, "tasks", task, "targets", String(target), "baseline"), { value }),
    },
    status: (plan: string, query: QueryOf<"/plans/{plan}/status"> = {}) => get<PlanStatus>(path("plans", plan, "status"), query),
    extensions: {
      /** Asks to move a deadline (延期申请): a unit key for a task its unit answers for, or admin naming the unit. */
      request: (plan: string, request: ExtensionRequest) => post<Extension>(path("plans", plan, "extensions"), request),
      list: (plan: string) => get<Extension[]>(path("plans", plan, "extensions")),
      /** Approves (the deadline moves) or refuses a request, once (admin). */
      decide: (plan: string, extension: string, decision: ExtensionDecision) => post<Extension>(path("plans", plan, "extensions", extension, "decision"), decision),
    },
    /** The plan's audit log, oldest first. */
    audit: (plan: string) => get<AuditEntry[]>(path("plans", plan, "audit")),
    /** What the office has done as of a date: reports returned, extensions, tasks closed. */
    supervision: (plan: string, query: QueryOf<"/plans/{plan}/supervision"> = {}) => get<Supervision>(path("plans", plan, "supervision"), query),
    /** Every plan's overall rollup as of a date, a page at a time. */
    overview: (query: QueryOf<"/status"> = {}) => get<Page<PlanOverview>>(path("status"), query),
    /** Who owes which report for the period due as of a date. */
    reminders: (plan: string, query: QueryOf<"/plans/{plan}/reminders"> = {}) => get<Reminders>(path("plans", plan, "reminders"), query),
    /** Sends each unit's 催办单 to a chat robot (DingTalk, Feishu, WeCom) or a webhook (admin), and says what became of each. */
    sendReminders: (plan: string, request: ReminderSendRequest, query: { asOf?: string } = {}) =>
      post<ReminderSendResult>(`${path("plans", plan)}/reminders:send${query.asOf ? `?asOf=${encodeURIComponent(query.asOf)}` : ""}`, request),
    /** The 通报: text for md, html and json; bytes for docx and xlsx. Query: format, asOf, number (文号), issuer, date. */
    report: async <Format extends BulletinFormat>(
      plan: string,
      query: { format: Format } & Omit<QueryOf<"/plans/{plan}/report">, "format">,
    ): Promise<Format extends "docx" | "xlsx" ? Uint8Array : string> => {
      const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
      const response = await fetcher(`${path("plans", plan, "report")}?${search}`);
      if (!response.ok) return fail(response);
      const body = query.format === "docx" || query.format === "xlsx" ? new Uint8Array(await response.arrayBuffer()) : await response.text();
      return body as Format extends "docx" | "xlsx" ? Uint8Array : string;
    },
  };
};

export type PlanClient = ReturnType<typeof createClient>;
