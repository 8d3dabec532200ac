// What the office did in its loop that a 通报 reports: reports returned (退回), extensions decided
// (延期), tasks closed (办结) — the lists of the Supervision model the store's supervisionAsOf
// reads. A bulletin without them passes NO_SUPERVISION.

import type { Supervision } from "../models/supervision.js";

/** The office's supervision record as of the bulletin's date: what a bulletin needs of Supervision. */
export type BulletinSupervision = Pick<Supervision, "returned" | "extensions" | "closed">;
/** A report the office returned to its unit, and why. */
export type ReturnedReport = Supervision["returned"][number];
/** An extension request and the office's decision; the bulletin lists those approved. */
export type ExtensionRecord = Supervision["extensions"][number];
/** A task the office closed (办结). */
export type ClosedTask = Supervision["closed"][number];

/** A supervision record with nothing in it: nothing returned, extended or closed. */
export const NO_SUPERVISION: BulletinSupervision = { returned: [], extensions: [], closed: [] };

/** Whose deadline an extension moves, as a 通报 prints it: "task" 任务, "target 2" 指标2, "milestone 1" 节点1. */
export const extensionItem = (item: string): string =>
  item
    .replace(/^task$/, "任务")
    .replace(/^target (\d+)$/, "指标$1")
    .replace(/^milestone (\d+)$/, "节点$1");
