// Plain-text tables that line up in a terminal, counting CJK characters as two columns.

const WIDE = /[\u{1100}-\u{115f}\u{2e80}-\u{a4cf}\u{ac00}-\u{d7a3}\u{f900}-\u{faff}\u{fe30}-\u{fe4f}\u{ff00}-\u{ff60}\u{ffe0}-\u{ffe6}\u{20000}-\u{3fffd}]/u;

export const displayWidth = (text: string): number => {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
};

const truncate = (text: string, max: number): string => {
  if (displayWidth(text) <= max) return text;
  let out = "";
  for (const ch of text) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
};

export interface Column {
  readonly header: string;
  /** Widest the column may grow; longer cells are cut with "…". */
  readonly max?: number;
  readonly align?: "left" | "right";
}

export const table = (columns: readonly Column[], rows: readonly (readonly string[])[]): string => {
  const cells = rows.map((row) => row.map((cell, i) => truncate(cell, columns[i]?.max ?? Infinity)));
  const widths = columns.map((col, i) => Math.max(displayWidth(col.header), ...cells.map((row) => displayWidth(row[i] ?? ""))));
  const pad = (text: string, i: number) => {
    const space = " ".repeat(Math.max(0, widths[i]! - displayWidth(text)));
    return columns[i]?.align === "right" ? space + text : text + space;
  };
  const line = (row: readonly string[]) => row.map(pad).join("  ").trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join("\n");
};
