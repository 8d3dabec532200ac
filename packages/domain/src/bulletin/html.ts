// The 通报 as one self-contained HTML page: inline CSS for screen and print (A4, tables that
// repeat their header across pages, colours kept when printed), status cells coloured by their
// light, the charts as inline SVG. Nothing is loaded from elsewhere.

import { dateLabel } from "../reminder-notice/words.js";
import { escapeHtml } from "./escape.js";
import { asOfLine, type BulletinBlock, type BulletinCell, type BulletinTable, bulletinSections, numberLine } from "./layout.js";
import type { Bulletin } from "./model.js";
import { LIGHT_FILL } from "./status-light.js";
import { barChartSvg } from "./svg.js";

const lightCss = Object.entries(LIGHT_FILL)
  .map(([light, fill]) => `.light-${light}{background:#${fill}}`)
  .join("");

const STYLE = `@page{size:A4;margin:20mm 16mm}
body{font-family:"FangSong","STFangsong","仿宋","Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:11pt;line-height:1.6;color:#000;margin:2rem auto;max-width:60rem}
h1{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;font-size:20pt;text-align:center;margin:.5rem 0}
h2{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;font-size:14pt;margin:1.2rem 0 .4rem}
h3{font-family:"KaiTi","楷体","Noto Serif CJK SC",serif;font-size:12pt;margin:.8rem 0 .3rem}
.number,.as-of{text-align:center;margin:.2rem 0}
p{text-indent:2em;margin:.4rem 0}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:9.5pt}
th,td{border:1px solid #000;padding:.2rem .35rem;text-align:left;vertical-align:top}
th{background:#D9E1F2;font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif}
td.num{text-align:right}
thead{display:table-header-group}
tr{break-inside:avoid}
svg.chart{max-width:100%;height:auto;display:block;margin:.5rem 0}
${lightCss}
@media print{body{margin:0;max-width:none}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}h2,h3{break-after:avoid}}`;

const cell = (c: BulletinCell) => {
  const classes = [c.number !== undefined ? "num" : "", c.light ? `light light-${c.light}` : ""].filter(Boolean).join(" ");
  return `<td${classes ? ` class="${classes}"` : ""}>${escapeHtml(c.text)}</td>`;
};

const table = (t: BulletinTable) =>
  `<table data-table="${escapeHtml(t.name)}"><thead><tr>${t.columns.map((c) => `<th>${escapeHtml(c.title)}</th>`).join("")}</tr></thead><tbody>${t.rows
    .map((r) => `<tr>${r.map(cell).join("")}</tr>`)
    .join("")}</tbody></table>`;

const block = (b: BulletinBlock): string =>
  b.kind === "paragraph" ? `<p>${escapeHtml(b.text)}</p>` : b.kind === "subheading" ? `<h3>${escapeHtml(b.text)}</h3>` : b.kind === "table" ? table(b.table) : barChartSvg(b.chart, b.id);

/** The bulletin as a self-contained HTML page, ready to print. */
export const bulletinToHtml = (b: Bulletin): string => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(b.heading)}</title>
<style>${STYLE}</style>
</head><body>
<h1>${escapeHtml(b.heading)}</h1>
<p class="number">${escapeHtml(numberLine(b))}</p>
<p class="as-of">${escapeHtml(asOfLine(b))}</p>
${bulletinSections(b)
  .map((s) => `<section><h2>${escapeHtml(s.heading)}</h2>\n${s.blocks.map(block).join("\n")}</section>`)
  .join("\n")}
${b.issuer ? `<p class="issuer" style="text-align:right">${escapeHtml(b.issuer)}<br>${escapeHtml(dateLabel(b.date))}</p>` : ""}
</body></html>
`;
