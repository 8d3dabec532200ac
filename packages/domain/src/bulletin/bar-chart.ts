// The two charts of a 通报 as data: stacked horizontal bars, one row per area (tasks by status)
// and one per lead unit in ranking order (on time, late, not reported). SVG, PNG and any other
// drawing is made from this, so every format shows the same bars.

import type { Bulletin } from "./model.js";
import { STATUS_COLOUR, STATUS_LABEL, STATUS_ORDER } from "./status-light.js";

/** A stacked horizontal bar chart: series (legend entries with colours) and one row per bar. */
export interface BarChart {
  readonly title: string;
  readonly series: readonly { readonly label: string; readonly colour: string }[];
  readonly rows: readonly { readonly label: string; readonly values: readonly number[] }[];
}

/** Tasks of each area by status. */
export const areaChart = (b: Bulletin): BarChart => ({
  title: "各领域任务推进情况",
  series: STATUS_ORDER.map((s) => ({ label: STATUS_LABEL[s], colour: STATUS_COLOUR[s] })),
  rows: b.areas.map((a) => ({ label: a.name, values: STATUS_ORDER.map((s) => a.counts[s]) })),
});

/** Each lead unit's tasks on time, late and not reported, in ranking order. */
export const rankingChart = (b: Bulletin): BarChart => ({
  title: "牵头单位排名",
  series: [
    { label: "按期推进", colour: STATUS_COLOUR["on-track"] },
    { label: "滞后", colour: STATUS_COLOUR.overdue },
    { label: "未报送", colour: STATUS_COLOUR["not-reported"] },
  ],
  rows: b.ranking.map((u) => ({ label: `${u.rank}. ${u.unit}`, values: [u.onTime, u.late, u.notReported] })),
});

/** The largest row total: the length every bar is scaled against (at least 1). */
export const chartScale = (chart: BarChart): number => Math.max(1, ...chart.rows.map((r) => r.values.reduce((a, b) => a + b, 0)));
