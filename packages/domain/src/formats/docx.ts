// Word documents (.docx) as the lines of text a reader sees: paragraphs with their automatic
// numbering rendered (一、 (一) 1. ① as the numbering definitions say), tables as tab-separated
// rows, deleted revisions left out.

import { LIMITS, LimitError } from "../limits.js";
import { openPackage, PackageError } from "./zip.js";
import { childrenNamed, findAll, findFirst, partParser, textOf, type XmlNode } from "./xml.js";

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
}

interface Numbering {
  /** numId → levels (by ilvl). */
  readonly lists: Map<string, Level[]>;
  /** styleId → the numbering its paragraphs get. */
  readonly styles: Map<string, { numId: string; ilvl: number }>;
}

const val = (node: XmlNode | undefined): string | undefined => node?.attrs["w:val"];

/** A list level (w:ilvl): Word has nine, 0 to 8; anything else is no level. */
const levelOf = (text: string | undefined): number | undefined => {
  const n = Number(text ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 8 ? n : undefined;
};

// A numbering label's pattern (w:lvlText, "%1.%2.") is a few characters; one longer than this is
// cut, so that no label costs more than a line of text however many paragraphs carry it.
const MAX_LABEL = 255;

const readNumbering = (numberingXml: readonly XmlNode[] | undefined, stylesXml: readonly XmlNode[] | undefined): Numbering => {
  const lists = new Map<string, Level[]>();
  const styles = new Map<string, { numId: string; ilvl: number }>();
  if (numberingXml) {
    const root = numberingXml;
    const abstracts = new Map<string, Level[]>();
    for (const abs of findAll(root, "w:abstractNum")) {
      const levels: Level[] = [];
      for (const lvl of childrenNamed(abs, "w:lvl")) {
        const ilvl = levelOf(lvl.attrs["w:ilvl"]);
        if (ilvl === undefined) continue;
        levels[ilvl] = {
          start: Number(val(findFirst(lvl.children, "w:start")) ?? 1),
          format: val(findFirst(lvl.children, "w:numFmt")) ?? "decimal",
          text: (val(findFirst(lvl.children, "w:lvlText")) ?? "").slice(0, MAX_LABEL),
        };
      }
      abstracts.set(abs.attrs["w:abstractNumId"] ?? "", levels);
    }
    for (const num of findAll(root, "w:num")) {
      const levels = [...(abstracts.get(val(findFirst(num.children, "w:abstractNumId")) ?? "") ?? [])];
      for (const override of childrenNamed(num, "w:lvlOverride")) {
        const ilvl = levelOf(override.attrs["w:ilvl"]);
        const start = val(findFirst(override.children, "w:startOverride"));
        if (start !== undefined && ilvl !== undefined && levels[ilvl]) levels[ilvl] = { ...levels[ilvl]!, start: Number(start) };
      }
      lists.set(num.attrs["w:numId"] ?? "", levels);
    }
  }
  if (stylesXml) {
    for (const style of findAll(stylesXml, "w:style")) {
      const numPr = findFirst(style.children, "w:numPr");
      const numId = val(findFirst(numPr?.children ?? [], "w:numId"));
      const ilvl = levelOf(val(findFirst(numPr?.children ?? [], "w:ilvl")));
      if (numId && ilvl !== undefined) styles.set(style.attrs["w:styleId"] ?? "", { numId, ilvl });
    }
  }
  return { lists, styles };
};

const CN_DIGITS = "〇一二三四五六七八九";
// Counters come from the document (w:start may say anything): out of a format's range they are written in digits.
const chinese = (n: number): string => {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
  return String(n);
};
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const letters = (n: number) => String.fromCharCode(96 + (((n - 1) % 26) + 1));
const roman = (n: number): string => {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let out = "";
  for (const [value, glyph] of table) while (n >= value) (out += glyph), (n -= value);
  return out;
};

/** A counter in a Word number format. */
const formatNumber = (n: number, format: string): string => {
  if (/^chinese|^ideograph|^taiwanese|^japaneseCounting/.test(format)) return chinese(n);
  if (/^decimalEnclosedCircle/.test(format)) return CIRCLED[n - 1] ?? String(n);
  if (format === "decimalFullWidth" || format === "decimalFullWidth2") return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  if (format === "lowerLetter") return letters(n);
  if (format === "upperLetter") return letters(n).toUpperCase();
  if (format === "lowerRoman") return roman(n);
  if (format === "upperRoman") return roman(n).toUpperCase();
  if (format === "bullet" || format === "none") return "";
  return String(n);
};

/** Renders numbering labels paragraph by paragraph, keeping one counter per list and level. */
const numberer = (numbering: Numbering) => {
  const counters = new Map<string, number[]>();
  return (numId: string, ilvl: number): string => {
    const levels = numbering.lists.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level || numId === "0") return "";
    const counts = counters.get(numId) ?? [];
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1;
    counters.set(numId, counts);
    if (level.format === "bullet") return "";
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(counts[i] ?? levels[i]?.start ?? 1, levels[i]?.format ?? "decimal");
    });
  };
};

/** The text of one paragraph, with its numbering label in front. */
const paragraphText = (p: XmlNode, numbering: Numbering, label: (numId: string, ilvl: number) => string): string => {
  const pPr = findFirst(p.children, "w:pPr");
  const numPr = pPr && findFirst(pPr.children, "w:numPr");
  let numId = val(findFirst(numPr?.children ?? [], "w:numId"));
  // A paragraph at no level Word has gets no label.
  let ilvl = levelOf(val(findFirst(numPr?.children ?? [], "w:ilvl"))) ?? -1;
  if (numId === undefined) {
    const style = numbering.styles.get(val(findFirst(pPr?.children ?? [], "w:pStyle")) ?? "");
    if (style) ({ numId, ilvl } = style);
  }
  const prefix = numId === undefined ? "" : label(numId, ilvl);
  return prefix + runsText(p.children);
};

/** Text of runs, however a writer splits them: w:t, tabs and breaks; deleted revisions (w:del) and field codes are not text. */
const runsText = (nodes: readonly XmlNode[]): string => {
  let out = "";
  for (const node of nodes) {
    switch (node.tag) {
      case "w:t":
        out += textOf(node);
        break;
      case "w:tab":
        out += "\t";
        break;
      case "w:br":
      case "w:cr":
        out += "\n";
        break;
      case "w:del":
      case "w:moveFrom":
      // Word writes a drawing twice, as its choice and a fallback for older readers: read it once.
      case "mc:Fallback":
      case "w:instrText":
      case "w:delText":
      case "w:pPr":
      case "w:rPr":
        break;
      default:
        out += runsText(node.children);
    }
  }
  return out;
};

/**
 * The lines of a .docx file's main text. Throws PackageError when the bytes are not a readable
 * Word package, LimitError when it asks for more than LIMITS allow (its text included).
 */
export const readDocx = (bytes: Uint8Array): string => {
  const xml = partParser(openPackage(bytes).text);
  const document = xml("word/document.xml");
  if (document === undefined) throw new PackageError("the file has no word/document.xml: it is not a Word document");
  const numbering = readNumbering(xml("word/numbering.xml"), xml("word/styles.xml"));
  const label = numberer(numbering);
  const body = findFirst(document, "w:body");
  const lines: string[] = [];
  let chars = 0;
  const push = (line: string) => {
    if ((chars += line.length + 1) > LIMITS.textChars) throw new LimitError("textChars", "the document's text has more characters", "word/document.xml");
    lines.push(line);
  };
  const walk = (nodes: readonly XmlNode[]) => {
    for (const node of nodes) {
      if (node.tag === "w:p") push(paragraphText(node, numbering, label));
      else if (node.tag === "w:tbl") {
        for (const row of childrenNamed(node, "w:tr")) {
          const cells = childrenNamed(row, "w:tc").map((cell) =>
            findAll(cell.children, "w:p")
              .map((p) => paragraphText(p, numbering, label).trim())
              .filter(Boolean)
              .join(" "),
          );
          push(cells.map((c) => c.replace(/[\t\n]+/g, " ")).join("\t"));
        }
      } else if (node.tag !== "w:sectPr") walk(node.children);
    }
  };
  walk(body?.children ?? []);
  return lines.join("\n");
};
