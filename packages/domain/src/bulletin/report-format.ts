// The formats a 通报 is written in, and what a front end needs to send or save each: its media
// type and file name. Which function writes which format is decided in one place, renderReport
// in @plan/domain/office (Word and Excel writers live there, out of browser bundles).

/** The formats the report (通报) is written in. */
export const REPORT_FORMATS = ["docx", "xlsx", "html", "md", "json"] as const;
/** One of REPORT_FORMATS. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The media type of each report format. */
export const REPORT_MEDIA_TYPES: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/** A rendered report and what a front end needs to send or save it. */
export interface RenderedReport {
  /** Text for md, html and json; bytes for docx and xlsx. */
  readonly body: string | Uint8Array;
  readonly mediaType: string;
  /** The date the report is as of. */
  readonly asOf: string;
  /** A file name for it: report-<plan>-<as of>.<format>. */
  readonly fileName: string;
}

/** The file name a report is saved or sent under. */
export const reportFileName = (planId: string, asOf: string, format: ReportFormat): string => `report-${planId}-${asOf}.${format}`;
