// A user's script against the installed @plan/sdk: every method of the client, with the types a
// user would write. Compiled by tsc (strict) in a project outside the workspace, then run against
// a real server; it prints what it got as JSON. config.ts is written by the test.
import {
  createClient,
  PlanApiError,
  type Finding,
  type Health,
  type ImportResult,
  type Page,
  type Plan,
  type PlanOverview,
  type PlanStatus,
  type PlanSummary,
  type ProgressInput,
  type ProgressReport,
  type Reminders,
  type TaskDetail,
  type TaskListItem,
  type Unit,
} from "@plan/sdk";
import { config } from "./config.js";

const client = (key: "admin" | "roads" | "viewer") => createClient({ baseUrl: config.url, apiKey: config.keys[key], baseDelayMs: 1 });
const admin = client("admin");
const roads = client("roads");
const viewer = client("viewer");
const asOf = "2016-07-31";

const health = await admin.health();
const imported = await admin.plans.import({ text: config.seed, name: "seed.txt" });
const id = imported.plan.id;
const uploaded = await admin.plans.upload(new Blob([config.seed], { type: "text/plain" }), "seed.txt");
const plans = await viewer.plans.list({ limit: 10 });
const plan = await viewer.plans.get(id);
const findings = await viewer.plans.validate(id);
const units = await viewer.units.list(id);
const unit = await viewer.units.get(id, "省交通運輸廳");
const input: ProgressInput = { task: "4", target: 5, period: "2016-07", value: 4000 };
const report = await roads.progress.add(id, input, { idempotencyKey: "pack-2016-07" });
const replayed = await roads.progress.add(id, input, { idempotencyKey: "pack-2016-07" });
const tasks = await viewer.tasks.list(id, { asOf, limit: 5 });
const task = await viewer.tasks.get(id, "4", { asOf });
const reports = await viewer.progress.list(id, { task: "4", limit: 50 });
const status = await viewer.status(id, { asOf });
const overview = await viewer.overview({ asOf, limit: 10 });
const reminders = await viewer.reminders(id, { asOf });
const markdown = await viewer.report(id, { format: "md", asOf });
const html = await viewer.report(id, { format: "html", asOf });
const xlsx = await viewer.report(id, { format: "xlsx", asOf });
const refused = await roads.progress.add(id, { task: "5", period: "2016-06", status: "on-track" }).then(
  () => "recorded",
  (error: unknown) => (error instanceof PlanApiError ? { status: error.status, code: error.code } : String(error)),
);

// The office's loop: baselines, review, extensions, close-out, the record, bulk import, reminders
// sent, a document replaced and a plan deleted.
const codeOf = (error: unknown) => (error instanceof PlanApiError ? { status: error.status, code: error.code } : String(error));
const baseline = await admin.baselines.set(id, "4", 5, "1000\u516C\u91CC");
const reviewed = await admin.progress.review(id, report.id, { decision: "accept" });
const asked = await roads.extensions.request(id, { task: "4", target: 5, reason: "\u96E8\u5B63", to: "2017-03-31" });
const decided = await admin.extensions.decide(id, asked.id, { decision: "approve" });
const extensions = await viewer.extensions.list(id);
const closed = await admin.tasks.close(id, "33", { note: "\u5DF2\u529E\u7ED3" });
const reopened = await admin.tasks.reopen(id, "33");
const audit = await admin.audit(id);
const supervision = await viewer.supervision(id, { asOf });
const sheet = await roads.progress.import(id, [{ file: new Blob(["a,b\n1,2\n"], { type: "text/csv" }), name: "roads.csv" }]).then(() => "recorded", codeOf);
const sent = await roads.sendReminders(id, { webhook: "https://oapi.dingtalk.com/robot/send?access_token=x" }).then(() => "sent", codeOf);
const docx = await viewer.report(id, { format: "docx", asOf, number: "\u8D63\u7763\u529E\u30142016\u301512\u53F7" });
const same = await admin.plans.replace(id, { text: config.seed, name: "seed.txt" });
const sameUpload = await admin.plans.replaceUpload(id, new Blob([config.seed], { type: "text/plain" }), "seed.txt");
const spare = await admin.plans.import({ text: "1.\u5EFA\u8BBE\u519C\u6751\u516C\u8DEF\u3002\uFF08\u8D23\u4EFB\u5355\u4F4D\uFF1A\u5E02\u4EA4\u901A\u5C40\uFF09", name: "spare.txt" });
await admin.plans.delete(spare.plan.id);
const gone = await viewer.plans.get(spare.plan.id).then(() => "found", codeOf);

// The exported names are what the methods resolve with.
export const named = { health, imported, uploaded, plans, plan, findings, units, unit, report, replayed, tasks, task, reports, status, overview, reminders, markdown, html, xlsx } satisfies {
  health: Health;
  imported: ImportResult;
  uploaded: ImportResult;
  plans: Page<PlanSummary>;
  plan: Plan;
  findings: Finding[];
  units: Unit[];
  unit: Unit;
  report: ProgressReport;
  replayed: ProgressReport;
  tasks: Page<TaskListItem>;
  task: TaskDetail;
  reports: Page<ProgressReport>;
  status: PlanStatus;
  overview: Page<PlanOverview>;
  reminders: Reminders;
  markdown: string;
  html: string;
  xlsx: Uint8Array;
};

// Never run: each line is a mistake the types must catch, on what the methods resolve with (an `any`
// lets it through, and tsc fails on the unused @ts-expect-error).
export const mistakes = () => {
  // @ts-expect-error: a period is a string
  void roads.progress.add(id, { task: "4", period: 201606 });
  // @ts-expect-error: a task's title is a string
  const title: number = plan.tasks[0]!.title;
  // @ts-expect-error: a status is one of the API's words
  const word: "fine" = status.tasks[0]!.status;
  // @ts-expect-error: a reminder names its unit as a string
  const owed: number = reminders.reminders[0]!.unit;
  // @ts-expect-error: the task's assessment has a status
  const assessed: number = task.assessment.status;
  // @ts-expect-error: the format is md, html or xlsx
  void viewer.report(id, { format: "pdf" });
  // @ts-expect-error: xlsx comes as bytes
  const text: Promise<string> = viewer.report(id, { format: "xlsx" });
  return [title, word, owed, assessed, text];
};

const target = status.tasks.find((t) => t.id === "4")?.targets[4];
console.log(
  JSON.stringify({
    health,
    imported: { created: imported.created, tasks: imported.plan.tasks },
    uploaded: { created: uploaded.created, samePlan: uploaded.plan.id === id },
    plans: plans.items.map((p) => p.id === id),
    task4: plan.tasks.find((t) => t.id === "4")?.title,
    findings: findings.every((f) => typeof f.code === "string"),
    tasks: { listed: tasks.items.length, next: tasks.nextCursor !== null, first: tasks.items[0]?.id },
    task: { id: task.id, status: task.assessment.status, target5: task.assessment.targets[4]?.status },
    units: units.length > 0 && units.every((u) => typeof u.name === "string"),
    unit: unit.name,
    report: { value: report.value, replayed: replayed.id === report.id },
    reports: reports.items.length,
    status: { total: status.overall.total, target: target ? [target.status, target.actual] : null },
    overview: overview.items.map((o) => [o.planId === id, o.overall.total]),
    reminders: { asOf: reminders.asOf, some: reminders.reminders.length > 0, units: reminders.reminders.every((r) => typeof r.unit === "string") },
    markdown: markdown.includes("## "),
    html: html.includes("<table"),
    xlsx: [xlsx[0], xlsx[1]],
    refused,
    office: {
      baseline: baseline.baseline,
      reviewed: reviewed.review.state,
      extension: [asked.state, decided.state, extensions.length],
      closed: [closed.task, reopened.reopenedAt !== null],
      audit: audit.some((e) => e.action === "extension.approve"),
      supervision: supervision.extensions.length,
      sheet,
      sent,
      docx: [docx[0], docx[1]],
      replaced: [same.created, sameUpload.created],
      gone,
    },
  }),
);
