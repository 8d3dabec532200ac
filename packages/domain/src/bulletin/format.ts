// The formats a 通报 (bulletin) is written in, and what a front end needs to send or save each:
// its media type and file name. Which function writes which format is decided in one place,
// renderBulletin in @plan/domain/office (Word and Excel writers live there, out of browser bundles).

/** The formats the bulletin (通报) is written in. */
export const BULLETIN_FORMATS = ["docx", "xlsx", "html", "md", "json"] as const;
/** One of BULLETIN_FORMATS. */
export type BulletinFormat = (typeof BULLETIN_FORMATS)[number];

/** The media type of each bulletin format. */
export const BULLETIN_MEDIA_TYPES: Record<BulletinFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/** A rendered bulletin and what a front end needs to send or save it. */
export interface RenderedBulletin {
  /** Text for md, html and json; bytes for docx and xlsx. */
  readonly body: string | Uint8Array;
  readonly mediaType: string;
  /** The date the bulletin is as of. */
  readonly asOf: string;
  /** A file name for it: report-<plan>-<as of>.<format>. */
  readonly fileName: string;
}

/**
 * The file name a bulletin is saved or sent under: report-<plan>-<as of>.<format>. The name users
 * get (the CLI's files, the API's Content-Disposition) keeps its "report-" prefix.
 */
export const bulletinFileName = (planId: string, asOf: string, format: BulletinFormat): string => `report-${planId}-${asOf}.${format}`;
