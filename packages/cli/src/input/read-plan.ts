// Reads a plan file from disk: its bytes and the options its flags give. What the file holds is
// judged by the domain (readPlanDocument), the same for every front end.

import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { COLUMN_ROLES, LimitError, LIMITS, PlanError, readPlanDocument, UnitRegistry, type ColumnNames, type ColumnRole, type Encoding, type Plan } from "@plan/domain";
import type { DocumentInput } from "@plan/store";
import { CliError, exitCodeOf, inputError, usageError } from "../errors.js";
import { type Io, pathIn } from "../io.js";

export const ENCODINGS: readonly Encoding[] = ["utf-8", "utf-16le", "utf-16be", "gb18030", "big5"];

export interface InputOptions {
  encoding?: string | undefined;
  columns?: string | undefined;
  units?: string | undefined;
  strict?: boolean | undefined;
}

/** The options every command that reads a plan file takes. */
export const INPUT_OPTIONS = {
  encoding: { type: "string" },
  columns: { type: "string" },
  units: { type: "string" },
  strict: { type: "boolean" },
} as const;

export const INPUT_HELP = `  --encoding E   utf-8, utf-16le, utf-16be, gb18030 (gbk) or big5; detected when not given
  --columns C    table headers that differ from the usual ones: task=工作内容,lead=主责单位,deadline=时间安排
                 (roles: ${COLUMN_ROLES.join(", ")})
  --units FILE   a unit registry (JSON): { "units": [{ "name", "aliases", "kind" }], "groups": { "有关设区市": [...] } }
  --strict       refuse a text file with any undecodable byte (by default such bytes read as \uFFFD, each place noted)`;

const parseEncoding = (value: string | undefined): Encoding | undefined => {
  if (value === undefined) return undefined;
  const normal = value
    .toLowerCase()
    .replace(/^utf8$/, "utf-8")
    .replace(/^(gbk|gb2312)$/, "gb18030");
  if (!(ENCODINGS as readonly string[]).includes(normal)) {
    throw usageError(`unknown encoding "${value}"; use one of ${ENCODINGS.join(", ")}`);
  }
  return normal as Encoding;
};

const parseColumns = (value: string | undefined): ColumnNames | undefined => {
  if (value === undefined) return undefined;
  const names: ColumnNames = {};
  for (const pair of value.split(/[,\uFF0C]/)) {
    const [role, header] = pair.split("=").map((s) => s.trim());
    if (!role || !header || !(COLUMN_ROLES as readonly string[]).includes(role)) {
      throw usageError(`--columns: "${pair}" is not role=header with a role among ${COLUMN_ROLES.join(", ")}`);
    }
    names[role as ColumnRole] = header;
  }
  return names;
};

const readRegistry = (file: string | undefined, io: Io): UnitRegistry | undefined => {
  if (file === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(pathIn(io, file), "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : describeFsError(error);
    throw inputError(`${file}: ${reason}`);
  }
  const result = UnitRegistry.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw inputError(`${file}: ${issue.path.join(".") || "(top level)"}: ${issue.message}`);
  }
  return result.data;
};

/**
 * A plan file's bytes and the options its flags give, ready for the domain's readPlanDocument
 * (directly, or through the store's importDocuments): every way reading the file can fail is a
 * one-line CliError naming it (as given: a relative path is read from the io's working folder).
 */
export const readDocument = (file: string | undefined, options: InputOptions, io: Io): DocumentInput => {
  if (file === undefined) throw usageError("missing <file>");
  const encoding = parseEncoding(options.encoding);
  const columns = parseColumns(options.columns);
  const units = readRegistry(options.units, io);
  let bytes: Uint8Array;
  try {
    bytes = readAtMost(pathIn(io, file), LIMITS.fileBytes);
  } catch (error) {
    if (error instanceof PlanError) throw new CliError(`${file}: ${error.message}`, exitCodeOf(error.code));
    throw inputError(`${file}: ${describeFsError(error)}`);
  }
  return { bytes, name: file, ...(encoding ? { encoding } : {}), ...(columns ? { columns } : {}), ...(units ? { units } : {}), ...(options.strict ? { strict: true } : {}) };
};

/** The plan in a file, by the rules every front end applies (readPlanDocument). */
export const readPlan = (file: string | undefined, options: InputOptions, io: Io): Plan => {
  const { bytes, ...document } = readDocument(file, options, io);
  return readPlanDocument(bytes, document);
};

/**
 * The file's bytes, read no further than one byte past `max`: a file over the limit is refused
 * without filling memory, whatever it is (a device or a pipe has no size to look at first).
 */
const readAtMost = (file: string, max: number): Uint8Array => {
  const fd = openSync(file, "r");
  try {
    const buffer = new Uint8Array(max + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length <= max; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > max) throw new LimitError("fileBytes", "the file has more bytes");
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
};

const describeFsError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return (error as Error).message;
};
