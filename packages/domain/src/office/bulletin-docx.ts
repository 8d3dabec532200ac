// The 通报 as a Word document, written with the docx library: A4 with the margins of official
// documents (GB/T 9704, officePage), the title in 黑体-like type, body in 仿宋, the 文号 line, every table of
// the layout with its header repeated on each page and status cells shaded by their light, and
// the charts as native Word charts (Word and LibreOffice draw them; their data stays editable).

import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import { ChartRun } from "docx/charts";
import type { BarChart } from "../bulletin/bar-chart.js";
import { asOfLine, type BulletinBlock, type BulletinTable, bulletinSections, numberLine } from "../bulletin/layout.js";
import type { Bulletin } from "../bulletin/model.js";
import { LIGHT_FILL } from "../bulletin/status-light.js";
import { dateLabel } from "../reminder-notice/words.js";
import { A4_TWIPS, officePage } from "./page.js";

// East Asian faces by role, each with a Latin face; where a face is missing Word and LibreOffice
// substitute by the document's font table (SimSun / Noto CJK on most machines).
const FONTS = {
  body: { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "仿宋" },
  heading: { ascii: "Arial", hAnsi: "Arial", eastAsia: "黑体" },
  subheading: { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "楷体" },
} as const;

// Sizes in half-points: 二号 22 pt for the title, 三号 16 pt for text, 小五 9 pt in tables.
const SIZE = { title: 44, text: 32, table: 18, small: 24 } as const;

const PAGE = officePage("portrait");
const TEXT_WIDTH = A4_TWIPS.width - PAGE.margin.left - PAGE.margin.right;
const HEADER_FILL = "D9E1F2";

const run = (text: string, font: keyof typeof FONTS, size: number, bold = false) => new TextRun({ text, font: FONTS[font], size, bold });

const paragraph = (text: string) => new Paragraph({ children: [run(text, "body", SIZE.text)], indent: { firstLine: 2 * SIZE.text * 10 }, spacing: { line: 560, lineRule: "exact" } });

const cellOf = (text: string, options: { fill?: string; bold?: boolean; right?: boolean; width: number }) =>
  new TableCell({
    children: [new Paragraph({ children: [run(text, options.bold ? "heading" : "body", SIZE.table)], alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT })],
    width: { size: options.width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    ...(options.fill ? { shading: { fill: options.fill, type: ShadingType.CLEAR, color: "auto" } } : {}),
  });

const table = (t: BulletinTable) => {
  const total = t.columns.reduce((n, c) => n + c.width, 0);
  const widths = t.columns.map((c) => Math.floor((c.width / total) * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cellOf(c.title, { fill: HEADER_FILL, bold: true, width: widths[i]! })) }),
      ...t.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((c, i) => cellOf(c.text, { ...(c.light ? { fill: LIGHT_FILL[c.light] } : {}), right: c.number !== undefined, width: widths[i]! })),
          }),
      ),
    ],
  });
};

// Word draws the first category of a bar chart at the bottom: the rows go in reversed so that the
// chart reads top-down like its table.
const chart = (c: BarChart) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ChartRun({
        type: "bar",
        title: c.title,
        stacking: "stacked",
        categories: [...c.rows].reverse().map((r) => r.label),
        series: c.series.map((s, i) => ({ name: s.label, color: s.colour, values: [...c.rows].reverse().map((r) => r.values[i]!) })),
        legend: { position: "bottom" },
        font: { name: "黑体" },
        transformation: { width: 576, height: Math.min(720, 90 + 26 * c.rows.length) },
      }),
    ],
  });

const block = (b: BulletinBlock): (Paragraph | Table)[] => {
  if (b.kind === "paragraph") return [paragraph(b.text)];
  if (b.kind === "subheading") return [new Paragraph({ children: [run(b.text, "subheading", SIZE.text)], spacing: { before: 120, after: 60 } })];
  if (b.kind === "table") return [table(b.table), new Paragraph({ children: [] })];
  return [chart(b.chart)];
};

const centred = (text: string, font: keyof typeof FONTS, size: number, after = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run(text, font, size)] });

/** The bulletin as a Word document (.docx bytes). */
export const bulletinToDocx = async (b: Bulletin): Promise<Uint8Array> => {
  const doc = new Document({
    creator: b.issuer ?? "plan",
    title: b.heading,
    styles: { default: { document: { run: { font: FONTS.body, size: SIZE.text } } } },
    sections: [
      {
        properties: { page: PAGE },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["\u2014 ", PageNumber.CURRENT, " \u2014"], size: SIZE.small })] })] }),
        },
        children: [
          centred(numberLine(b), "body", SIZE.text, 240),
          centred(b.heading, "heading", SIZE.title, 120),
          centred(asOfLine(b), "subheading", SIZE.text, 240),
          ...bulletinSections(b).flatMap((s) => [new Paragraph({ children: [run(s.heading, "heading", SIZE.text)], spacing: { before: 240, after: 120 } }), ...s.blocks.flatMap(block)]),
          ...(b.issuer ? [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 480 }, children: [run(b.issuer, "body", SIZE.text)] })] : []),
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(dateLabel(b.date), "body", SIZE.text)] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
};
