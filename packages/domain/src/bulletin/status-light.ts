// How a bulletin shows a status: its words (正常推进, 逾期未完成…) and its traffic light, with the
// colours every renderer (HTML, Word, Excel, the charts) paints them in.

import type { Status } from "../models/status.js";

/** Every status in the order a bulletin counts them: best first. */
export const STATUS_ORDER: readonly Status[] = ["achieved", "on-track", "at-risk", "behind", "overdue", "not-reported"];

/** Each status as a 通报 prints it. */
export const STATUS_LABEL: Record<Status, string> = {
  achieved: "已完成",
  "on-track": "正常推进",
  "at-risk": "存在风险",
  behind: "进度滞后",
  overdue: "逾期未完成",
  "not-reported": "未报送",
};

/** A traffic light of 督查督办: green on time, amber at risk, red late, grey when nothing was reported. */
export type Light = "green" | "amber" | "red" | "grey";

/** The traffic light of each status. */
export const STATUS_LIGHT: Record<Status, Light> = {
  achieved: "green",
  "on-track": "green",
  "at-risk": "amber",
  behind: "red",
  overdue: "red",
  "not-reported": "grey",
};

/**
 * Cell fills of each light (RRGGBB), the pale shades office suites use for good / neutral / bad so
 * that black text stays readable when printed.
 */
export const LIGHT_FILL: Record<Light, string> = { green: "C6EFCE", amber: "FFEB9C", red: "FFC7CE", grey: "E7E6E6" };

/** Bar colours of each status in charts (RRGGBB): strong enough to tell apart in print. */
export const STATUS_COLOUR: Record<Status, string> = {
  achieved: "1E7B34",
  "on-track": "5CB85C",
  "at-risk": "F0AD4E",
  behind: "E8590C",
  overdue: "C9302C",
  "not-reported": "A6A6A6",
};
