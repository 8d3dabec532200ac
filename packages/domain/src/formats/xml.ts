// A small element tree over fast-xml-parser, for reading Office Open XML parts in any runtime.

import { XMLParser } from "fast-xml-parser";

export interface XmlNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** Text content of a text node (tag "#text"). */
  readonly text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

type Raw = Record<string, unknown>;

const convert = (raw: Raw): XmlNode => {
  const attrs = (raw[":@"] as Record<string, string> | undefined) ?? {};
  const tag = Object.keys(raw).find((k) => k !== ":@")!;
  if (tag === "#text") return { tag, attrs, children: [], text: String(raw[tag] ?? "") };
  const children = ((raw[tag] as Raw[] | undefined) ?? []).map(convert);
  return { tag, attrs, children, text: "" };
};

/** The document's root elements. */
export const parseXml = (xml: string): XmlNode[] => (parser.parse(xml) as Raw[]).map(convert);

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
