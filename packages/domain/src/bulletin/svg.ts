// A BarChart as inline SVG for the HTML bulletin: a label per row, the stacked bar, the total and
// a legend. Sizes in px; the SVG scales to the page width when printed.

import { type BarChart, chartScale } from "./bar-chart.js";
import { escapeHtml } from "./escape.js";

const WIDTH = 720;
const LABEL = 230;
const BAR = 420;
const ROW = 24;
const TOP = 28;
const MAX_LABEL = 16;

const short = (label: string) => (label.length <= MAX_LABEL ? label : `${label.slice(0, MAX_LABEL - 1)}\u2026`);

/** A stacked horizontal bar chart as an SVG element, each segment titled with its series and count. */
export const barChartSvg = (chart: BarChart, id: string): string => {
  const scale = chartScale(chart);
  const height = TOP + chart.rows.length * ROW + 30;
  const rows = chart.rows.map((row, i) => {
    const y = TOP + i * ROW;
    let x = LABEL;
    const segments = row.values.map((v, s) => {
      if (v === 0) return "";
      const w = (v / scale) * BAR;
      const rect = `<rect class="seg" x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 6}" fill="#${chart.series[s]!.colour}" data-series="${escapeHtml(chart.series[s]!.label)}" data-value="${v}"><title>${escapeHtml(`${row.label} ${chart.series[s]!.label} ${v}`)}</title></rect>`;
      x += w;
      return rect;
    });
    const total = row.values.reduce((a, b) => a + b, 0);
    return `<g class="row" data-label="${escapeHtml(row.label)}"><text x="${LABEL - 8}" y="${y + ROW / 2 + 4}" text-anchor="end">${escapeHtml(short(row.label))}</text>${segments.join("")}<text x="${(x + 6).toFixed(1)}" y="${y + ROW / 2 + 4}">${total}</text></g>`;
  });
  const legendY = TOP + chart.rows.length * ROW + 14;
  const legend = chart.series.map((s, i) => {
    const x = LABEL + i * 80;
    return `<rect x="${x}" y="${legendY - 9}" width="10" height="10" fill="#${s.colour}"/><text x="${x + 14}" y="${legendY}">${escapeHtml(s.label)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(chart.title)}" font-size="12" font-family="inherit"><text x="0" y="16" font-weight="bold" font-size="14">${escapeHtml(chart.title)}</text>${rows.join("")}${legend.join("")}</svg>`;
};
