// @plan/domain/office: documents offices send, written with well-kept libraries (docx for Word,
// exceljs for Excel). A separate entry point, so that code importing only the models, parser and
// status does not carry these libraries into its bundle.

/** The media types of the documents this entry writes. */
export const OFFICE_MEDIA_TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
export { reminderNoticeDocx } from "./reminder-notice-docx.js";
export { progressTemplateXlsx } from "./progress-template.js";
export { bulletinToDocx } from "./bulletin-docx.js";
export { bulletinToXlsx } from "./bulletin-xlsx.js";
export { renderBulletin, type BulletinInput } from "./render-bulletin.js";
