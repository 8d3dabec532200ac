// A 催办单 as a Word document (docx), the form offices send: title, addressee, the tasks owed in
// a bordered table (overdue first, in red), the reply-by date and the issuing office, on A4.

import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import type { NoticeItem, NoticeTask, ReminderNotice } from "../reminder-notice/notice.js";
import { noticeBody } from "../reminder-notice/markdown.js";
import { itemLabel, NOTICE_WORDS as W, periodLabel } from "../reminder-notice/words.js";
import { A4_TWIPS, officePage } from "./page.js";

// Fonts of official documents, with what Word and LibreOffice find elsewhere.
const TITLE_FONT = { ascii: "SimHei", hAnsi: "SimHei", eastAsia: "方正小标宋简体" };
const BODY_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋_GB2312" };
const RED = "C00000";
// Half-points: 二号 title, 三号 body, 小四 table.
const SIZE = { title: 44, body: 32, table: 24 } as const;
// Column widths in twips, shares of the text width between the margins (LibreOffice honours
// widths in twips more faithfully than percentages).
const TEXT_WIDTH = A4_TWIPS.width - officePage().margin.left - officePage().margin.right;
const COLUMNS = [8, 25, 37, 16, 14].map((percent) => Math.floor((TEXT_WIDTH * percent) / 100));

const text = (t: string, options: { bold?: boolean; color?: string; size?: number } = {}) =>
  new TextRun({ text: t, font: BODY_FONT, size: options.size ?? SIZE.body, bold: options.bold, color: options.color });
const para = (runs: TextRun[], options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean } = {}) =>
  new Paragraph({ children: runs, alignment: options.align, spacing: { line: 560 }, indent: options.indent ? { firstLine: SIZE.body * 20 } : undefined });

const cell = (paragraphs: Paragraph[], column: number, rowSpan = 1) =>
  new TableCell({ children: paragraphs, rowSpan, verticalAlign: VerticalAlign.CENTER, width: { size: COLUMNS[column]!, type: WidthType.DXA } });
const small = (t: string, color?: string, bold?: boolean) => new Paragraph({ children: [text(t, { size: SIZE.table, color, bold })] });

const headerRow = () =>
  new TableRow({ tableHeader: true, children: W.columns.map((h, i) => cell([new Paragraph({ alignment: AlignmentType.CENTER, children: [text(h, { size: SIZE.table, bold: true })] })], i)) });

// One row per item owed; the task's number, title and note span its rows.
const taskRows = (t: NoticeTask): TableRow[] =>
  t.items.map(
    (item: NoticeItem, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          ...(i === 0 ? [cell([small(t.id)], 0, t.items.length), cell([small(t.title)], 1, t.items.length)] : []),
          cell([small(itemLabel(item))], 2),
          cell([small(item.deadline ?? W.noDeadline, item.overdue ? RED : undefined)], 3),
          ...(i === 0 ? [cell([...(t.overdue ? [small(W.overdue, RED, true)] : []), small(W.lastReported(t.lastPeriod)), ...(t.more > 0 ? [small(W.more(t.more))] : [])], 4, t.items.length)] : []),
        ],
      }),
  );

/** A 催办单 as a docx document on A4 (see ReminderNotice). */
export const reminderNoticeDocx = async (n: ReminderNotice): Promise<Uint8Array> => {
  const doc = new Document({
    title: `${W.title} ${n.unit}`,
    creator: n.office ?? "plan",
    sections: [
      {
        properties: { page: officePage("portrait") },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: W.title, font: TITLE_FONT, size: SIZE.title, bold: true })] }),
          para([text(`\uFF08${periodLabel(n.period)}\uFF09`)], { align: AlignmentType.CENTER }),
          para([text(W.greeting(n.unit), { bold: true })]),
          para([text(noticeBody(n))], { indent: true }),
          new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: COLUMNS, rows: [headerRow(), ...n.tasks.flatMap(taskRows)] }),
          new Paragraph({ spacing: { before: 240, line: 560 }, indent: { firstLine: SIZE.body * 20 }, children: [text(W.replyBy(n.replyBy))] }),
          ...W.signature(n.office, n.asOf).map((line) => para([text(line)], { align: AlignmentType.RIGHT })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
};
