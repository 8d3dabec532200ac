// Pages of lists and their cursors. A cursor is opaque to callers: base64url of JSON
// [list, ...keys], where the keys are the last item's sort keys (keyset pagination in SQL) or,
// for a list held in memory, the offset of the next item. Whatever comes back is checked before
// use: it reaches SQL as values and a bad one must be a 400, never a 500 or a silent wrong page.

import { PlanError, type Page } from "@plan/domain";

export type { Page } from "@plan/domain";

export interface PageRequest {
  /** The nextCursor of the previous page; absent (or empty) for the first page. */
  readonly cursor?: string | undefined;
  /** Items per page, 1 to MAX_PAGE_LIMIT; DEFAULT_PAGE_LIMIT when absent. */
  readonly limit?: number | undefined;
}

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 500;
// Ours are well under this (a list name, a timestamp and an id); a longer one is not ours.
const MAX_CURSOR_LENGTH = 1024;

const invalid = (reason: string): PlanError =>
  new PlanError("request.invalid", `cursor: 翻页游标无效 / not a cursor of this list (${reason}); pass the nextCursor of the previous page as it came`, {
    field: "cursor",
  });

export const pageLimit = (limit: number | undefined): number => {
  if (limit === undefined) return DEFAULT_PAGE_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_LIMIT) {
    throw new PlanError("request.invalid", `limit: 每页条数应为1至${MAX_PAGE_LIMIT} / limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}, not ${limit}`, { field: "limit" });
  }
  return limit;
};

export const encodeCursor = (list: string, keys: readonly (string | number)[]): string => {
  const bytes = new TextEncoder().encode(JSON.stringify([list, ...keys]));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

/** The keys of a cursor `encodeCursor(list, …)` made, or request.invalid naming the cursor. */
const decodeKeys = (list: string, cursor: string): unknown[] => {
  if (cursor.length > MAX_CURSOR_LENGTH) throw invalid("too long");
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid("not base64url");
  let value: unknown;
  try {
    const binary = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    value = JSON.parse(text);
  } catch {
    throw invalid("not base64url of a cursor");
  }
  if (!Array.isArray(value) || typeof value[0] !== "string") throw invalid("not a cursor");
  if (value[0] !== list) throw invalid("from another list");
  return value.slice(1);
};

const isKeyString = (value: unknown): value is string => typeof value === "string" && value.length > 0 && value.length <= 200;

/** A keyset cursor: the (time, id) of the last item of the page before. */
export const decodeTimeAndId = (list: string, cursor: string | undefined): readonly [string, string] | undefined => {
  if (cursor === undefined || cursor === "") return undefined;
  const keys = decodeKeys(list, cursor);
  if (keys.length !== 2 || !isKeyString(keys[0]) || !isKeyString(keys[1])) throw invalid("tampered with");
  return [keys[0], keys[1]];
};

/**
 * A page from rows fetched with LIMIT limit + 1: the extra row only says another page follows,
 * and the cursor is the keyset of the page's last item.
 */
export const keysetPage = <R, T>(list: string, rows: readonly R[], limit: number, keys: (row: R) => readonly [string, string], item: (row: R) => T): Page<T> => {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map(item), nextCursor: rows.length > limit && last !== undefined ? encodeCursor(list, keys(last)) : null };
};

/**
 * A page of a list held in memory (a plan's tasks, bounded by the plan): the cursor is the offset
 * of the next item, checked to be one this list could have given.
 */
export const offsetPage = <T>(list: string, items: readonly T[], request: PageRequest): Page<T> => {
  const limit = pageLimit(request.limit);
  let start = 0;
  if (request.cursor !== undefined && request.cursor !== "") {
    const keys = decodeKeys(list, request.cursor);
    const offset = keys[0];
    if (keys.length !== 1 || typeof offset !== "number" || !Number.isSafeInteger(offset) || offset < 0) throw invalid("tampered with");
    start = offset;
  }
  const next = start + limit;
  return { items: items.slice(start, next), nextCursor: next < items.length ? encodeCursor(list, [next]) : null };
};
