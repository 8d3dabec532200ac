// Reads a plan file from disk into a Plan, turning every way that can fail into a one-line CliError.

import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { DecodeError, parsePlan, type Encoding, type Plan } from "@plan/domain";
import { inputError, usageError } from "../errors.js";

export const ENCODINGS: readonly Encoding[] = ["utf-8", "utf-16le", "utf-16be", "gb18030", "big5"];

export const parseEncoding = (value: string | undefined): Encoding | undefined => {
  if (value === undefined) return undefined;
  const normal = value.toLowerCase().replace(/^utf8$/, "utf-8").replace(/^(gbk|gb2312)$/, "gb18030");
  if (!(ENCODINGS as readonly string[]).includes(normal)) {
    throw usageError(`unknown encoding "${value}"; use one of ${ENCODINGS.join(", ")}`);
  }
  return normal as Encoding;
};

export const readPlan = (file: string | undefined, encoding: Encoding | undefined): Plan => {
  if (file === undefined) throw usageError("missing <file>");
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw inputError(`${file}: ${describeFsError(error)}`);
  }
  if (bytes.length === 0) throw inputError(`${file}: the file is empty`);
  try {
    const plan = parsePlan(bytes, { ...(encoding ? { encoding } : {}), title: basename(file, extname(file)) });
    if (plan.tasks.length === 0) throw inputError(`${file}: no numbered tasks found (expected lines such as "1." "1、" "(一)" "一、")`);
    return plan;
  } catch (error) {
    if (error instanceof DecodeError) throw inputError(`${file}: ${error.message}`);
    throw error;
  }
};

const describeFsError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return (error as Error).message;
};
