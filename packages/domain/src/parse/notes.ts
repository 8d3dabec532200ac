// What the parser had to guess or could not read, as located findings (Plan.notes): bytes it could
// not decode, a bracket that reads like a responsibility clause but gave no unit, a table header
// whose columns it could not map.

import type { Finding } from "../models/finding.js";
import { ENCODING_NAMES, type BadBytes, type Encoding } from "../text/decode.js";
import type { Joined } from "../text/source.js";
import { finding } from "../rules/finding.js";
import { closingBracket } from "./brackets.js";
import { alternation } from "./labels.js";
import { ROLE_LABEL_WORDS, UNIT_NOUNS } from "./vocabulary.js";

// Words that say a bracket is about who does the work: lead and support words, what role labels
// name (单位, 部门…) and 负责. Words of any sentence (落实, 承担) are left out, or every bracket would do.
const RESPONSIBILITY_HINT = new RegExp(alternation([...ROLE_LABEL_WORDS.lead, ...ROLE_LABEL_WORDS.support, ...UNIT_NOUNS, "负责", "負責"]));

/** Top-level brackets of a task that read like a responsibility clause but were not read as one. */
export const unreadClauses = (block: Joined, taskLabel: string, taken: (at: number) => boolean): Finding[] => {
  const folded = block.folded;
  const notes: Finding[] = [];
  for (let open = folded.indexOf("("), close = 0; open >= 0; open = folded.indexOf("(", close + 1)) {
    close = closingBracket(folded, open + 1);
    if (close < 0) break;
    if (taken(open) || !RESPONSIBILITY_HINT.test(folded.slice(open, close))) continue;
    const text = block.text.slice(open, close + 1);
    notes.push(
      finding("parse.unread-units", "warning", `任务${taskLabel}的“${text}”像是责任分工,但未读出单位`, `task ${taskLabel}: "${text}" reads like a responsibility clause but gave no unit`, {
        task: taskLabel,
        ...block.position(open),
      }),
    );
  }
  return notes;
};

/** A line that looks like the header of a task table whose columns could not be mapped. */
export const unmappedTable = (cells: readonly string[], line: number): Finding =>
  finding(
    "parse.unmapped-table",
    "warning",
    `第${line}行像是表头(${cells.join(" | ")}),但未能识别任务列;可用 --columns 指定列名`,
    `line ${line} looks like a table header (${cells.join(" | ")}) but no task column was recognised; name the columns with --columns`,
    { line, column: 1 },
  );

// A damaged file may hold thousands of bad runs: the first ones say where to look, the count says the rest.
const MAX_BAD_BYTE_NOTES = 100;

/** Byte runs the decoder could not read, each read as U+FFFD: one note per run, then one for the rest. */
export const badByteNotes = (bad: readonly BadBytes[], encoding: Encoding): Finding[] => {
  const name = ENCODING_NAMES[encoding];
  const notes = bad
    .slice(0, MAX_BAD_BYTE_NOTES)
    .map(({ line, column, length }) =>
      finding(
        "parse.bad-bytes",
        "warning",
        `第${line}行第${column}列有${length}个字符无法按${name}解码,已读作\uFFFD`,
        `line ${line}, column ${column}: ${length} character${length === 1 ? "" : "s"} not valid ${name}, read as \uFFFD`,
        { line, column },
      ),
    );
  const rest = bad.length - notes.length;
  if (rest > 0) {
    const { line, column } = bad[MAX_BAD_BYTE_NOTES]!;
    notes.push(finding("parse.bad-bytes", "warning", `另有${rest}处无法解码的字节`, `${rest} more places with bytes that could not be decoded`, { line, column }));
  }
  return notes;
};
