// A 催办单 as Markdown: the file a clerk attaches or pastes, and the text of chat robots that
// read Markdown (DingTalk, WeCom), which have no tables, so the chat form is a list.

import type { NoticeTask, ReminderNotice } from "./notice.js";
import { itemLabel, NOTICE_WORDS as W, periodLabel } from "./words.js";

// A cell of a Markdown table: one line, no column breaks.
const cell = (text: string) => text.replace(/\s+/g, " ").replace(/\|/g, "\\|");
const itemText = itemLabel;
const note = (task: NoticeTask) => [task.overdue ? W.overdue : "", W.lastReported(task.lastPeriod), task.more > 0 ? W.more(task.more) : ""].filter((s) => s !== "").join("\uFF1B");

/** The notice's opening paragraph: the plan, the date, the period owed, how many tasks and how many overdue. */
export const noticeBody = (n: ReminderNotice): string => W.body(n.plan.title || n.plan.id, n.asOf, n.period, n.tasks.length, n.tasks.filter((t) => t.overdue).length);

/** The notice's title line: 催办单 and the period owed. */
export const noticeTitle = (n: ReminderNotice): string => `${W.title}\uFF08${periodLabel(n.period)}\uFF09`;

/** A 催办单 as a Markdown document: addressee, the tasks owed in a table (overdue first), the reply-by date, the office. */
export const reminderNoticeMarkdown = (n: ReminderNotice): string => {
  const rows = n.tasks.flatMap((t) => t.items.map((item, i) => [i === 0 ? t.id : "", i === 0 ? t.title : "", itemText(item), item.deadline ?? W.noDeadline, i === 0 ? note(t) : ""].map(cell)));
  return [
    `# ${noticeTitle(n)}`,
    "",
    `**${W.greeting(n.unit)}**`,
    "",
    noticeBody(n),
    "",
    `| ${W.columns.join(" | ")} |`,
    `|${W.columns.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
    W.replyBy(n.replyBy),
    "",
    W.signature(n.office, n.asOf).join("  \n"),
    "",
  ].join("\n");
};

/**
 * A 催办单 as a chat message in Markdown without tables, within a size in UTF-8 bytes (robots
 * refuse longer messages): tasks that do not fit are counted at the end.
 */
export const reminderNoticeChat = (n: ReminderNotice, maxBytes = 4000): string => {
  const size = (s: string) => new TextEncoder().encode(s).length;
  const head = [`### ${noticeTitle(n)}`, `**${W.greeting(n.unit)}**`, noticeBody(n)].join("\n\n");
  const tail = [W.replyBy(n.replyBy), `> ${W.signature(n.office, n.asOf).join(" ")}`].join("\n\n");
  const blocks = n.tasks.map((t, i) =>
    [
      `${i + 1}. **${t.overdue ? `\u3010${W.overdue}\u3011` : ""}${t.id} ${t.title}**`,
      ...t.items.map((item) => `    - ${itemText(item)}\uFF08${item.deadline ?? W.noDeadline}\uFF09`),
      ...(t.more > 0 ? [`    - ${W.more(t.more)}`] : []),
    ].join("\n"),
  );
  let kept = blocks.length;
  const message = (k: number) => [head, [...blocks.slice(0, k), ...(k < blocks.length ? [W.moreTasks(blocks.length - k)] : [])].join("\n"), tail].join("\n\n");
  while (kept > 0 && size(message(kept)) > maxBytes) kept--;
  return message(kept);
};
