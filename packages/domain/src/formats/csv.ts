// CSV task tables: RFC 4180 quoting (quotes, doubled quotes, line breaks inside quotes), with
// the delimiter (comma, tab or semicolon) taken from the first line.

import { LIMITS, LimitError } from "../limits.js";
import type { Cell } from "../parse/table.js";

const DELIMITERS = [",", "\t", ";", ","];

const delimiterOf = (text: string): string => {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let best = ",";
  let bestCount = -1;
  for (const d of DELIMITERS) {
    const count = firstLine.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
};

/**
 * Rows of cells with the line and column where each cell starts. Fields are cut out of the text
 * (never built a character at a time), and a table beyond LIMITS.sheetRows rows,
 * LIMITS.sheetColumns columns or LIMITS.sheetCells cells is a LimitError.
 */
export const readCsv = (text: string): Cell[][] => {
  const delimiter = delimiterOf(text).charCodeAt(0);
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let cells = 0;
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  const nextNewline = (from: number) => {
    const at = text.indexOf("\n", from);
    return at < 0 ? Infinity : at;
  };
  // The next line break at or after i, once looked for.
  let newline = -1;
  /** The end of an unquoted stretch: the next delimiter, line break or the end. */
  const stretchEnd = (from: number) => {
    let j = from;
    for (let c = text.charCodeAt(j); j < n && c !== delimiter && c !== 0x0a && c !== 0x0d; c = text.charCodeAt(++j));
    return j;
  };
  while (i <= n) {
    const cellLine = line;
    const cellColumn = i - lineStart + 1;
    let value: string;
    if (text[i] === '"') {
      // Between quotes: runs up to each quote, a doubled quote one quote; line breaks are kept and counted.
      const parts: string[] = [];
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        const end = quote < 0 ? n : quote;
        // The next line break is looked for once and kept until passed: searching again for each
        // run between doubled quotes would scan the rest of the text each time.
        if (newline < i) newline = nextNewline(i);
        for (; newline < end; newline = nextNewline(newline + 1)) {
          line++;
          lineStart = newline + 1;
        }
        parts.push(text.slice(i, end));
        if (quote < 0) {
          i = n;
          break;
        }
        if (text[quote + 1] === '"') {
          parts.push('"');
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      const end = stretchEnd(i);
      parts.push(text.slice(i, end));
      value = parts.join("");
      i = end;
    } else {
      const end = stretchEnd(i);
      value = text.slice(i, end);
      i = end;
    }
    if (++cells > LIMITS.sheetCells) throw new LimitError("sheetCells", "the table has more cells");
    row.push({ text: value, line: cellLine, column: cellColumn });
    if (i < n && text.charCodeAt(i) === delimiter) {
      if (row.length >= LIMITS.sheetColumns) throw new LimitError("sheetColumns", "a row has more columns");
      i++;
      continue;
    }
    // End of a record.
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    if (!(row.length === 1 && row[0]!.text === "" && i >= n)) {
      if (rows.length >= LIMITS.sheetRows) throw new LimitError("sheetRows", "the table has more rows");
      rows.push(row);
    }
    row = [];
    line++;
    lineStart = i;
    if (i >= n) break;
  }
  return rows;
};
