// Text renderings of a table: CSV (RFC 4180, with a BOM so that Excel reads Chinese as UTF-8)
// and Markdown.

const csvCell = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** Rows as CSV: quoted where needed, CRLF line ends, and a BOM so that Excel reads Chinese as UTF-8. */
export const toCsv = (rows: readonly (readonly string[])[]): string => `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;

const mdCell = (cell: string): string => cell.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");

/** Rows as a Markdown table, the first row its header; | and line breaks in cells escaped. */
export const toMarkdown = (rows: readonly (readonly string[])[]): string => {
  const [header = [], ...body] = rows;
  return [`| ${header.map(mdCell).join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...body.map((row) => `| ${row.map(mdCell).join(" | ")} |`)].join("\n") + "\n";
};
