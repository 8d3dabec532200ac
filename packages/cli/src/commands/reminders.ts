// plan reminders <plan> [--unit U] [--as-of DATE] [--json]: which units owe which reports.
//   --out DIR [--format md|docx]: one 催办单 per unit, a file each.
//   --webhook URL | --send: one message per unit to a chat robot or a webhook.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  checkWebhookUrl,
  checkWorkingDate,
  type NoticeOptions,
  PlanError,
  periodLabel,
  ROBOTS,
  type ReminderNotice,
  type Reminders,
  type Robot,
  reminderNoticeMarkdown,
  robotOf,
  robotSigns,
  webhookUrl,
} from "@plan/domain";
import { reminderNoticeDocx } from "@plan/domain/office";
import { type NoticeBatch, type Outbound, reminderNoticesAsOf, sendReminders } from "@plan/store";
import { nodeOutbound } from "@plan/store/node";
import { readSettings, type ServerSettings } from "@plan/api/settings";
import { CliError, EXIT, usageError } from "../errors.js";
import { type Io, pathIn } from "../io.js";
import { distinctFileNames } from "../output/file-name.js";
import { table } from "../output/table.js";
import { writeAtomically } from "../output/write-file.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { asOfOption } from "./dates.js";
import { office } from "./office.js";

export const remindersHelp = `plan reminders <plan> [--unit U] [--as-of DATE] [--json] [--db URL]
  The units that owe a report for the period due, with the tasks and targets they owe it for;
  --unit: one unit's (any printing of its name). Before the plan's first period is due: when.
plan reminders <plan> --out DIR [--format md|docx] [--unit U] [--office NAME] [--reply-by DATE]
  One 催办单 per unit that owes reports, a file each (催办单-<unit>.md or .docx): the tasks owed,
  overdue first, with their items and deadlines, the date to reply by (5 days on by default)
  and the issuing office.
plan reminders <plan> --webhook URL [--robot dingtalk|feishu|wecom|generic] [--secret S] [--timeout SEC]
  POSTs one message per unit: a DingTalk, Feishu/Lark or WeCom group robot's markdown or post
  message (signed with the robot's secret where it signs), or the notice as JSON to any other
  address (with --secret, header X-Plan-Signature: sha256=<hex HMAC-SHA256 of the body>). The robot
  is known by the address unless --robot names it. --send instead of --webhook takes the address
  from PLAN_WEBHOOK_URL; the secret may come from PLAN_WEBHOOK_SECRET, out of shell history.
  Each unit's delivery is reported by its status (a robot's error code as well as an HTTP error;
  never the text of the answer, and a redirect is refused); exit 1 when any failed. More messages
  than a robot takes a minute are paced to its limit.
  Only https, and no loopback, private, link-local or other special address, however written or
  resolved, unless PLAN_WEBHOOK_ALLOW lists the host (comma-separated names, *.suffix, IP
  addresses; then only those hosts, http allowed): a refused address exits 2 before anything is
  sent. The batch stops after PLAN_WEBHOOK_DEADLINE_MS (60 s plus the pauses pacing needs by
  default): units left then are reported as not sent.`;

const FORMATS = ["md", "docx"] as const;
type Format = (typeof FORMATS)[number];

// One line saying why nothing is owed: before the plan's first period is due, or all reported.
const nothingOwed = (owed: Reminders): string =>
  owed.notYetDue !== null
    ? `Nothing is due yet as of ${owed.asOf}: the first reports (for ${owed.notYetDue.period}) are due on ${owed.notYetDue.dueOn}.\n`
    : `Nothing owed${owed.unit === null ? "" : ` by ${owed.unit}`} for ${owed.period} as of ${owed.asOf}.\n`;

const listing = (owed: Reminders): string =>
  `Reports owed for ${owed.period} as of ${owed.asOf}: ${owed.reminders.length} ${owed.reminders.length === 1 ? "unit" : "units"}\n\n${table(
    [{ header: "Unit" }, { header: "Tasks", align: "right" }, { header: "Owed for", max: 80 }],
    owed.reminders.map((r) => [r.unit, String(r.tasks.length), r.tasks.map((t) => `${t.id} ${t.title}`).join("; ")]),
  )}\n`;

const writeNotices = async (notices: readonly ReminderNotice[], dir: string, format: Format, io: Io): Promise<void> => {
  try {
    mkdirSync(pathIn(io, dir), { recursive: true });
  } catch (error) {
    throw new CliError(`${dir}: cannot create the directory (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, EXIT.input);
  }
  const names = distinctFileNames(
    notices.map((n) => `催办单-${n.unit}`),
    format,
  );
  for (const [i, notice] of notices.entries()) {
    const path = join(dir, names[i]!);
    writeAtomically(io, path, format === "md" ? reminderNoticeMarkdown(notice) : await reminderNoticeDocx(notice));
    io.stdout(`${path}\n`);
  }
};

interface Target {
  readonly url: string;
  readonly robot: Robot | undefined;
  readonly secret: string | undefined;
  readonly timeoutMs: number;
  readonly deadlineMs: number | undefined;
  readonly outbound: Outbound;
}

const targetOf = (
  io: Io,
  values: { webhook?: string | undefined; send?: boolean | undefined; robot?: string | undefined; secret?: string | undefined; timeout?: string | undefined },
): Target | null => {
  const env = io.env;
  if (values.webhook !== undefined && values.send) throw usageError("--send takes the address from PLAN_WEBHOOK_URL: give it or --webhook, not both");
  const url = values.webhook ?? (values.send ? env.PLAN_WEBHOOK_URL?.trim() || undefined : undefined);
  if (url === undefined) {
    if (values.send) throw usageError("--send: set PLAN_WEBHOOK_URL (or give --webhook URL)");
    for (const flag of ["robot", "secret", "timeout"] as const) if (values[flag] !== undefined) throw usageError(`--${flag} goes with --webhook URL or --send`);
    return null;
  }
  let robot: Robot;
  try {
    robot = (values.robot as Robot | undefined) ?? robotOf(url);
  } catch (error) {
    throw usageError(`--webhook: ${(error as Error).message.replace(/^webhook: /, "")}`);
  }
  // robotOf checked the address only when no robot is named.
  if (values.robot !== undefined) {
    try {
      webhookUrl(url);
    } catch (error) {
      throw usageError(`--webhook: ${(error as Error).message.replace(/^webhook: /, "")}`);
    }
  }
  if (!ROBOTS.includes(robot)) throw usageError(`--robot "${values.robot}": use ${ROBOTS.join(", ")}`);
  // A secret from the environment is meant for the robots that sign; one given here the verb judges.
  const secret = values.secret ?? (robotSigns(robot) ? env.PLAN_WEBHOOK_SECRET || undefined : undefined);
  const seconds = values.timeout === undefined ? 10 : Number(values.timeout);
  if (!(seconds > 0 && seconds <= 300)) throw usageError(`--timeout "${values.timeout}": seconds, more than 0 and at most 300`);
  let webhook: ServerSettings["webhook"];
  try {
    ({ webhook } = readSettings(env, "node", ["WEBHOOK_ALLOW", "WEBHOOK_DEADLINE_MS"]));
  } catch (error) {
    throw usageError((error as Error).message);
  }
  const { allow, deadlineMs } = webhook;
  // An address the operator's rules refuse as written is refused before the database is opened;
  // the verb checks it again, with the addresses its name resolves to.
  checkWebhookUrl(url, allow);
  return { url, robot, secret, timeoutMs: seconds * 1000, deadlineMs, outbound: nodeOutbound(allow) };
};

export const reminders = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, {
    ...DB_OPTION,
    "as-of": { type: "string" },
    unit: { type: "string" },
    json: { type: "boolean", default: false },
    out: { type: "string" },
    format: { type: "string" },
    office: { type: "string" },
    "reply-by": { type: "string" },
    webhook: { type: "string" },
    send: { type: "boolean", default: false },
    robot: { type: "string" },
    secret: { type: "string" },
    timeout: { type: "string" },
  });
  if (positionals[0] === undefined) throw usageError("missing <plan>");
  const format = (values.format ?? "md") as Format;
  if (!FORMATS.includes(format)) throw usageError(`--format "${values.format}": use md or docx`);
  if (values.format !== undefined && values.out === undefined) throw usageError("--format goes with --out DIR");
  const target = targetOf(io, values);
  const notices = values.out !== undefined || target !== null;
  for (const flag of ["office", "reply-by"] as const) if (values[flag] !== undefined && !notices) throw usageError(`--${flag} goes with --out DIR or --webhook URL`);
  if (values.json && notices) throw usageError("--json lists the reminders: leave it out with --out or --webhook");
  if (values["reply-by"] !== undefined) {
    try {
      checkWorkingDate(values["reply-by"], "--reply-by");
    } catch (error) {
      throw error instanceof PlanError ? usageError(error.message) : error;
    }
  }
  const when = asOfOption(values["as-of"], io);
  const options: NoticeOptions & { unit?: string } = { office: values.office, replyBy: values["reply-by"], ...(values.unit === undefined ? {} : { unit: values.unit }) };
  return withStore(io, values.db, async (store) => {
    const batch: NoticeBatch = await store.run(reminderNoticesAsOf(positionals[0]!, when, options, office(io)));
    const owed = batch.reminders;
    if (values.json) {
      io.stdout(`${JSON.stringify(owed, null, 2)}\n`);
      return 0;
    }
    if (owed.reminders.length === 0) {
      io.stdout(nothingOwed(owed));
      return 0;
    }
    if (!notices) {
      io.stdout(listing(owed));
      return 0;
    }
    io.stdout(`\u50AC\u529E\u5355 for ${periodLabel(owed.period!)} as of ${owed.asOf}: ${batch.notices.length} ${batch.notices.length === 1 ? "unit" : "units"}\n`);
    if (values.out !== undefined) await writeNotices(batch.notices, values.out, format, io);
    if (target === null) return 0;
    const sent = await store.run(
      sendReminders(
        positionals[0]!,
        when,
        {
          ...options,
          ...target,
          pace: true,
          onDelivery: (d) => io.stdout(`${d.ok ? "sent  " : "FAILED"}  ${d.unit}: ${d.detail}\n`),
        },
        office(io),
      ),
    );
    io.stdout(`Sent ${sent.sent} of ${sent.deliveries.length} to ${sent.address} (${sent.robot})${sent.failed > 0 ? `; ${sent.failed} failed` : ""}\n`);
    return sent.failed > 0 ? EXIT.refused : 0;
  });
};
