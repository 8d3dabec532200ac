// The 通报 as Markdown: the same sections as every other format, charts as their figures in a table.

import { toMarkdown } from "../render/delimited.js";
import { asOfLine, type BulletinBlock, type BulletinTable, bulletinSections, numberLine } from "./layout.js";
import type { Bulletin } from "./model.js";

const table = (t: BulletinTable) => toMarkdown([t.columns.map((c) => c.title), ...t.rows.map((r) => r.map((c) => c.text))]);

const block = (b: BulletinBlock): string => {
  if (b.kind === "paragraph") return `${b.text}\n`;
  if (b.kind === "subheading") return `### ${b.text}\n`;
  if (b.kind === "table") return table(b.table);
  const { chart } = b;
  return `**${chart.title}**\n\n${toMarkdown([["", ...chart.series.map((s) => s.label)], ...chart.rows.map((r) => [r.label, ...r.values.map(String)])])}`;
};

/** The bulletin as Markdown. */
export const bulletinToMarkdown = (b: Bulletin): string =>
  [`# ${b.heading}`, "", numberLine(b), "", asOfLine(b), "", ...bulletinSections(b).flatMap((s) => [`## ${s.heading}`, "", ...s.blocks.map(block)])].join("\n");
