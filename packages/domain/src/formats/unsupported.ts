// Files people send that plan cannot read — Word and Excel 97–2003, WPS, PDF, RTF, OpenDocument,
// password-protected Office files — recognised by their bytes (their name when the bytes say
// nothing), so that the user learns what the file is and how to save it in a form plan reads.

import { PlanError } from "../errors.js";
import { decode } from "../text/decode.js";
import { isZip, type Package } from "./zip.js";

const SAVE_AS_DOCX = "open it in Word or WPS and save it as .docx, or save it as text";
const SAVE_AS_XLSX = "open it in Excel or WPS and save it as .xlsx, or save it as CSV";

/** What each kind of file is, and what to do with it. */
export const UNSUPPORTED_FORMATS = {
  doc: { what: "a Word 97\u20132003 (.doc) file", fix: SAVE_AS_DOCX },
  xls: { what: "an Excel 97\u20132003 (.xls) workbook", fix: SAVE_AS_XLSX },
  wps: { what: "a WPS Writer (.wps) file", fix: "open it in WPS and save it as .docx, or save it as text" },
  et: { what: "a WPS Spreadsheets (.et) workbook", fix: "open it in WPS and save it as .xlsx, or save it as CSV" },
  rtf: { what: "a Rich Text (.rtf) file", fix: SAVE_AS_DOCX },
  odt: { what: "an OpenDocument (.odt) file", fix: "open it in WPS, Word or LibreOffice and save it as .docx, or save it as text" },
  ods: { what: "an OpenDocument (.ods) spreadsheet", fix: "open it in WPS, Excel or LibreOffice and save it as .xlsx, or save it as CSV" },
  pdf: { what: "a PDF file", fix: "plan does not read PDF; ask for the .docx or .xlsx it was made from, or copy its text into a .txt file" },
  encrypted: { what: "a password-protected Office file", fix: "open it, remove the password and save it again" },
  ole: { what: "an Office 97\u20132003 file", fix: "open it in Word, Excel or WPS and save it as .docx or .xlsx" },
} as const;

/** A kind of file plan recognises but does not read: one of UNSUPPORTED_FORMATS. */
export type UnsupportedFormat = keyof typeof UNSUPPORTED_FORMATS;

/** A file of a kind plan does not read; the message says what it is and how to convert it. */
export class UnsupportedFormatError extends PlanError {
  readonly format: UnsupportedFormat;
  constructor(format: UnsupportedFormat) {
    const { what, fix } = UNSUPPORTED_FORMATS[format];
    super("input.unsupported-format", `${what}; ${fix}`, { format });
    this.name = "UnsupportedFormatError";
    this.format = format;
  }
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => Array.from(text, (ch) => ch.charCodeAt(0));
const PDF = ascii("%PDF-");
const RTF = ascii("{\\rtf");

/**
 * The stream names in an OLE2 compound file's directory. Directory entries are 128 bytes and
 * sectors are multiples of 128, so every entry sits at a multiple of 128 after the header: reading
 * each such slot finds them without following the sector chains.
 */
const oleStreams = (bytes: Uint8Array): Set<string> => {
  const names = new Set<string>();
  const utf16 = new TextDecoder("utf-16le");
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    const length = bytes[at + 64]! | (bytes[at + 65]! << 8);
    const type = bytes[at + 66];
    if (type === 2 && length >= 4 && length <= 64 && length % 2 === 0) names.add(utf16.decode(bytes.subarray(at, at + length - 2)));
  }
  return names;
};

/** Which Office 97–2003 file this is: the name says it best (WPS writes Word's and Excel's streams), then the streams. */
const oleFormat = (bytes: Uint8Array, ext: string): UnsupportedFormat => {
  const streams = oleStreams(bytes);
  // A .docx or .xlsx with a password is an OLE2 file holding the encrypted package.
  if (streams.has("EncryptedPackage")) return "encrypted";
  if (ext === "doc" || ext === "xls" || ext === "wps" || ext === "et") return ext;
  if (streams.has("WordDocument")) return "doc";
  if (streams.has("Workbook") || streams.has("Book")) return "xls";
  return "ole";
};

// Strict: binary decoded as UTF-16 without a BOM (which reads almost any bytes) holds control
// characters, which strict decoding refuses.
const isText = (bytes: Uint8Array): boolean => {
  try {
    decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const BY_NAME: ReadonlySet<string> = new Set(["doc", "xls", "wps", "et", "rtf", "odt", "ods", "pdf"]);
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const isSpace = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * The kind of a file plan cannot read, or undefined for one it may. By magic bytes first: OLE2
 * (D0 CF 11 E0), `%PDF-` (anywhere in the first KiB, as PDF readers allow) and `{\rtf`. By name
 * only when the bytes are neither a zip package nor text: a ".doc" that is really HTML or plain
 * text, as some systems export, is still read.
 */
export const unsupportedFormat = (bytes: Uint8Array, name = ""): UnsupportedFormat | undefined => {
  const ext = /\.([^./\\]+)$/.exec(name.toLowerCase())?.[1] ?? "";
  if (startsWith(bytes, OLE2)) return oleFormat(bytes, ext);
  const head = bytes.subarray(0, 1024);
  if (head.some((_, i) => startsWith(head, PDF, i))) return "pdf";
  let lead = startsWith(head, UTF8_BOM) ? 3 : 0;
  while (isSpace(head[lead])) lead++;
  if (startsWith(head, RTF, lead)) return "rtf";
  if (BY_NAME.has(ext) && !isZip(bytes) && !isText(bytes)) return ext as UnsupportedFormat;
  return undefined;
};

/** An OpenDocument package (.odt, .ods) names its kind in its first part, "mimetype". */
export const openDocumentFormat = (pkg: Package): UnsupportedFormat | undefined => {
  const mimetype = (pkg.text("mimetype") ?? "").trim();
  if (mimetype.startsWith("application/vnd.oasis.opendocument.text")) return "odt";
  if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
  return undefined;
};
