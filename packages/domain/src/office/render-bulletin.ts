// The one place that maps a bulletin format to its writer: the 通报 is built once (bulletin) and
// written as Word, Excel, HTML, Markdown or its JSON. It lives in the office entry because the
// Word and Excel writers do; the main entry keeps the format list and media types.

import { bulletin } from "../bulletin/build.js";
import { bulletinToHtml } from "../bulletin/html.js";
import { bulletinToMarkdown } from "../bulletin/markdown.js";
import type { Bulletin, BulletinOptions } from "../bulletin/model.js";
import { BULLETIN_MEDIA_TYPES, type BulletinFormat, bulletinFileName, type RenderedBulletin } from "../bulletin/format.js";
import { type BulletinSupervision, NO_SUPERVISION } from "../bulletin/supervision.js";
import type { Reminder } from "../models/reminder.js";
import type { PlanStatus } from "../models/status.js";
import { reminders } from "../status/reminders.js";
import { bulletinToDocx } from "./bulletin-docx.js";
import { bulletinToXlsx } from "./bulletin-xlsx.js";

const WRITERS: Record<BulletinFormat, (b: Bulletin) => string | Promise<string | Uint8Array>> = {
  docx: bulletinToDocx,
  xlsx: bulletinToXlsx,
  html: bulletinToHtml,
  md: bulletinToMarkdown,
  json: (b) => `${JSON.stringify(b, null, 2)}\n`,
};

/** What a bulletin is made of besides the status: who owes reports, the office's record, the 文号 line. */
export interface BulletinInput {
  /** Who owes reports for the period due; worked out from the status when not given. */
  readonly reminders?: readonly Reminder[];
  readonly supervision?: BulletinSupervision;
  readonly options?: BulletinOptions;
}

/** The 通报 of a plan's status in a format, with its media type and file name. */
export const renderBulletin = async (status: PlanStatus, format: BulletinFormat, input: BulletinInput = {}): Promise<RenderedBulletin> => {
  const doc = bulletin(status, input.reminders ?? reminders(status), input.supervision ?? NO_SUPERVISION, input.options);
  return { body: await WRITERS[format](doc), mediaType: BULLETIN_MEDIA_TYPES[format], asOf: status.asOf, fileName: bulletinFileName(status.planId, status.asOf, format) };
};
