// A small element tree over fast-xml-parser, for reading Office Open XML parts in any runtime.
// Parts read the same whichever program wrote them: character references are decoded and
// elements are named by their namespace, not by the prefix a writer happened to choose.

import { XMLParser, type EntityDecoderOptions } from "fast-xml-parser";

export interface XmlNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** Text content of a text node (tag "#text"). */
  readonly text: string;
}

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const REFERENCE = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;

/**
 * XML's five named entities and its numeric character references (`&#26576;`, `&#x67D0;`), which
 * some writers use for every non-ASCII character. One pass, so `&amp;#26576;` stays the text
 * `&#26576;`. fast-xml-parser alone decodes numeric references only with its HTML entities on.
 */
export const decodeEntities = (text: string): string =>
  text.includes("&")
    ? text.replace(REFERENCE, (ref, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
        if (name !== undefined) return NAMED[name]!;
        const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
        // A reference to no character (0, a surrogate, beyond U+10FFFF) is left as written.
        const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
        return valid ? String.fromCodePoint(code) : ref;
      })
    : text;

// Office parts declare no entities of their own; ignoring a DOCTYPE's also keeps entity
// expansion attacks out.
const entityDecoder: EntityDecoderOptions = {
  decode: decodeEntities,
  setExternalEntities: () => {},
  addInputEntities: () => {},
  reset: () => {},
  setXmlVersion: () => {},
};

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  entityDecoder,
});

// The prefix readers use for each namespace they know (transitional and strict OOXML); "" for
// the spreadsheet and package namespaces, which Excel writes as the default namespace.
const PREFIX = new Map([
  ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", ""],
  ["http://purl.oclc.org/ooxml/spreadsheetml/main", ""],
  ["http://schemas.openxmlformats.org/package/2006/relationships", ""],
  ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "w"],
  ["http://purl.oclc.org/ooxml/wordprocessingml/main", "w"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r"],
  ["http://purl.oclc.org/ooxml/officeDocument/relationships", "r"],
  ["http://schemas.openxmlformats.org/markup-compatibility/2006", "mc"],
]);

type Scope = ReadonlyMap<string, string>;

/** The namespaces in scope inside an element: its parent's, plus its own xmlns declarations. */
const declare = (attrs: Readonly<Record<string, string>>, scope: Scope): Scope => {
  let inner: Map<string, string> | undefined;
  for (const [name, uri] of Object.entries(attrs)) {
    if (name === "xmlns" || name.startsWith("xmlns:")) (inner ??= new Map(scope)).set(name.slice(6), uri);
  }
  return inner ?? scope;
};

/** `x:row` → `row`, `ns0:p` → `w:p` when the prefix is bound to a known namespace. */
const rename = (name: string, scope: Scope, element: boolean): string => {
  const colon = name.indexOf(":");
  // Unprefixed attributes are in no namespace; xml: and xmlns: are fixed.
  if ((colon < 0 && !element) || name === "xmlns" || name.startsWith("xml:") || name.startsWith("xmlns:")) return name;
  const uri = scope.get(colon < 0 ? "" : name.slice(0, colon));
  const prefix = uri === undefined ? undefined : PREFIX.get(uri);
  if (prefix === undefined) return name;
  const local = name.slice(colon + 1);
  return prefix === "" ? local : `${prefix}:${local}`;
};

type Raw = Record<string, unknown>;

const convert = (raw: Raw, scope: Scope): XmlNode => {
  const written = (raw[":@"] as Record<string, string> | undefined) ?? {};
  const tag = Object.keys(raw).find((k) => k !== ":@")!;
  if (tag === "#text") return { tag, attrs: written, children: [], text: String(raw[tag] ?? "") };
  const inner = declare(written, scope);
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(written)) attrs[rename(name, inner, false)] = value;
  const children = ((raw[tag] as Raw[] | undefined) ?? []).map((child) => convert(child, inner));
  return { tag: rename(tag, inner, true), attrs, children, text: "" };
};

/** The document's root elements. */
export const parseXml = (xml: string): XmlNode[] => (parser.parse(xml) as Raw[]).map((raw) => convert(raw, new Map()));

/** The first element named `tag` at any depth below (and including) the given nodes. */
export const findFirst = (nodes: readonly XmlNode[], tag: string): XmlNode | undefined => {
  for (const node of nodes) {
    if (node.tag === tag) return node;
    const found = findFirst(node.children, tag);
    if (found) return found;
  }
  return undefined;
};

/** Every element named `tag` at any depth, without looking inside a match. */
export const findAll = (nodes: readonly XmlNode[], tag: string, into: XmlNode[] = []): XmlNode[] => {
  for (const node of nodes) {
    if (node.tag === tag) into.push(node);
    else findAll(node.children, tag, into);
  }
  return into;
};

export const childrenNamed = (node: XmlNode, tag: string): XmlNode[] => node.children.filter((c) => c.tag === tag);

/** All text below a node. */
export const textOf = (node: XmlNode): string => (node.tag === "#text" ? node.text : node.children.map(textOf).join(""));
