// The dispatch report (调度通报) in the format asked for, with what a front end needs to send it.

import { writeXlsx } from "../formats/xlsx-write.js";
import type { PlanStatus } from "../models/status.js";
import { dispatchReport, reportToHtml, reportToMarkdown, reportToSheets } from "../render/dispatch-report.js";
import { reminders } from "../status/reminders.js";

/** The formats the report is written in. */
export const REPORT_FORMATS = ["md", "html", "xlsx"] as const;
/** One of REPORT_FORMATS. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A rendered report and what a front end needs to send or save it. */
export interface RenderedReport {
  /** Text for md and html, bytes for xlsx. */
  readonly body: string | Uint8Array;
  readonly mediaType: string;
  /** The date the report is as of. */
  readonly asOf: string;
  /** A file name for it: report-<plan>-<as of>.<format>. */
  readonly fileName: string;
}

const MEDIA_TYPES: Record<ReportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The dispatch report of a plan's status, in a format. */
export const renderReport = (status: PlanStatus, format: ReportFormat): RenderedReport => {
  const doc = dispatchReport(status, reminders(status));
  const body = format === "md" ? reportToMarkdown(doc) : format === "html" ? reportToHtml(doc) : writeXlsx(reportToSheets(doc));
  return { body, mediaType: MEDIA_TYPES[format], asOf: status.asOf, fileName: `report-${status.planId}-${status.asOf}.${format}` };
};
