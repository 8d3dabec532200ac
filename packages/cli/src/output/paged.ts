// Lists read from the store a page at a time (plan list, plan progress list). By default every
// page in turn is printed as it comes, so memory holds one page however long the list grows;
// --limit or --cursor prints one page and says where the next one starts. A table printed in
// pieces cannot size its columns from rows not yet read, so its columns have fixed widths.

import { MAX_PAGE_LIMIT, pageLimit, type Page, type PageRequest } from "@plan/store";
import { usageError } from "../errors.js";
import type { Io } from "../io.js";
import { displayWidth } from "./table.js";

export const PAGE_OPTIONS = { limit: { type: "string" }, cursor: { type: "string" } } as const;
export const PAGE_HELP = `  --limit N      one page of N (1–${MAX_PAGE_LIMIT}); the cursor of the next page goes to stderr (in the JSON with --json)
  --cursor C     the page that cursor starts; without --limit or --cursor, every page in turn`;

export interface FixedColumn {
  readonly header: string;
  /** Display columns (a CJK character counts two); longer cells are cut with "…". */
  readonly width: number;
  readonly align?: "left" | "right";
}

export interface PagedList<T> {
  readonly columns: readonly FixedColumn[];
  readonly row: (item: T) => readonly string[];
  /** What an empty list says. */
  readonly empty: string;
  /** The line closing a whole list, given how many items it had. */
  readonly total?: (count: number) => string;
}

/** --limit and --cursor as a page request: none for the whole list. */
export const pageRequest = (values: { limit?: string | undefined; cursor?: string | undefined }): PageRequest | undefined => {
  if (values.limit === undefined && values.cursor === undefined) return undefined;
  if (values.limit === undefined) return { cursor: values.cursor };
  // The store's rule for a page's size, checked here so that a bad --limit is a usage error (exit 2).
  const limit = /^\d+$/.test(values.limit) ? Number(values.limit) : Number.NaN;
  try {
    return { cursor: values.cursor, limit: pageLimit(limit) };
  } catch {
    throw usageError(`--limit: "${values.limit}" is not a number from 1 to ${MAX_PAGE_LIMIT}`);
  }
};

const fit = (text: string, column: FixedColumn): string => {
  let cell = text;
  if (displayWidth(cell) > column.width) {
    cell = "";
    for (const ch of text) {
      if (displayWidth(cell + ch) > column.width - 1) break;
      cell += ch;
    }
    cell += "…";
  }
  const space = " ".repeat(Math.max(0, column.width - displayWidth(cell)));
  return column.align === "right" ? space + cell : cell + space;
};

const line = (columns: readonly FixedColumn[], cells: readonly string[]) =>
  columns
    .map((c, i) => fit(cells[i] ?? "", c))
    .join("  ")
    .trimEnd();

/**
 * Prints the list `read` pages through: one page when `request` is given, else all of them.
 * JSON is the page ({ items, nextCursor }) for one page, the array of every item for all.
 */
export const printPages = async <T>(io: Io, read: (page: PageRequest) => Promise<Page<T>>, request: PageRequest | undefined, json: boolean, list: PagedList<T>): Promise<void> => {
  if (request !== undefined) {
    const page = await read(request);
    if (json) io.stdout(`${JSON.stringify(page, null, 2)}\n`);
    else io.stdout(page.items.length === 0 ? `${list.empty}\n` : `${[list.columns.map((c) => c.header), ...page.items.map(list.row)].map((r) => line(list.columns, r)).join("\n")}\n`);
    if (!json && page.nextCursor !== null) io.stderr(`next page: --cursor ${page.nextCursor}\n`);
    return;
  }
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await read({ cursor, limit: MAX_PAGE_LIMIT });
    for (const item of page.items) {
      if (json) io.stdout(`${count === 0 ? "[\n" : ",\n"}${JSON.stringify(item, null, 2).replace(/^/gm, "  ")}`);
      else
        io.stdout(
          `${
            count === 0
              ? `${line(
                  list.columns,
                  list.columns.map((c) => c.header),
                )}\n`
              : ""
          }${line(list.columns, list.row(item))}\n`,
        );
      count++;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  if (json) io.stdout(count === 0 ? "[]\n" : "\n]\n");
  else io.stdout(count === 0 ? `${list.empty}\n` : list.total ? `\n${list.total(count)}\n` : "");
};
