// plan report <plan> --format docx|xlsx|html|md|json [--number 文号] [--issuer 单位] [--date DATE]
// [--as-of DATE] [--out PATH]: the 通报 the office sends.

import { BULLETIN_FORMATS, type BulletinFormat, checkWorkingDate, PlanError } from "@plan/domain";
import { bulletinAsOf } from "@plan/store";
import { office } from "./office.js";
import { usageError } from "../errors.js";
import type { Io } from "../io.js";
import { writeAtomically } from "../output/write-file.js";
import { DB_OPTION, withStore } from "../with-store.js";
import { parseCommandArgs } from "./args.js";
import { asOfOption } from "./dates.js";

export const reportHelp = `plan report <plan> --format ${BULLETIN_FORMATS.join("|")} [--number 文号] [--issuer NAME] [--date DATE]
            [--as-of DATE] [--out PATH] [--db URL]
  The 通报: 完成率 against 序时进度, counts by status, a table per area with status lights, the
  lead units ranked, the late and overdue tasks named with their lead units, reports returned,
  extensions approved and a narrative (总体情况, 存在问题, 下步要求). docx and xlsx are print-ready
  (A4) and need --out on a terminal; json is the bulletin's figures.
  --number   the document number on the 文号 line, e.g. 赣督办\u30142016\u301512号
  --issuer   the issuing office, on the 文号 line and under the text
  --date     the date of issue (default: the as-of date)`;

const BINARY: ReadonlySet<BulletinFormat> = new Set(["docx", "xlsx"]);

const dateOption = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined;
  try {
    checkWorkingDate(value, "--date");
  } catch (error) {
    throw error instanceof PlanError ? usageError(error.message) : error;
  }
  return value;
};

export const report = async (argv: string[], io: Io): Promise<number> => {
  const { values, positionals } = parseCommandArgs(argv, {
    ...DB_OPTION,
    "as-of": { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    number: { type: "string" },
    issuer: { type: "string" },
    date: { type: "string" },
  });
  if (positionals[0] === undefined) throw usageError("missing <plan>");
  const format = values.format as BulletinFormat | undefined;
  if (format === undefined || !BULLETIN_FORMATS.includes(format)) throw usageError(`--format: use ${BULLETIN_FORMATS.join(", ")}`);
  if (BINARY.has(format) && values.out === undefined && io.isTerminal) throw usageError(`${format} is binary: give --out FILE`);
  const when = asOfOption(values["as-of"], io);
  const options = { number: values.number, issuer: values.issuer, date: dateOption(values.date) };
  const { body, asOf } = await withStore(io, values.db, (store) => store.run(bulletinAsOf(positionals[0]!, format, when, options, office(io))));
  if (values.out === undefined) {
    if (typeof body === "string") io.stdout(body);
    else io.writeBinary?.(body);
    return 0;
  }
  writeAtomically(io, values.out, body);
  io.stdout(`Wrote the report as of ${asOf} to ${values.out}\n`);
  return 0;
};
