// CSV task tables: RFC 4180 quoting (quotes, doubled quotes, line breaks inside quotes), with
// the delimiter (comma, tab or semicolon) taken from the first line.

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

/** Rows of cells with the line and column where each cell starts. */
export const readCsv = (text: string): Cell[][] => {
  const delimiter = delimiterOf(text);
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const n = text.length;
  while (i <= n) {
    const cellLine = line;
    const cellColumn = i - lineStart + 1;
    let value = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) break;
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (ch === "\n") {
          line++;
          lineStart = i + 1;
        }
        value += ch;
        i++;
      }
      // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
      while (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") value += text[i++];
    } else {
      while (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") value += text[i++];
    }
    row.push({ text: value, line: cellLine, column: cellColumn });
    if (i < n && text[i] === delimiter) {
      i++;
      continue;
    }
    // End of a record.
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    if (!(row.length === 1 && row[0]!.text === "" && i >= n)) rows.push(row);
    row = [];
    line++;
    lineStart = i;
    if (i >= n) break;
  }
  return rows;
};
