// A small element tree for reading Office Open XML parts in any runtime. Parts read the same
// whichever program wrote them: character references are decoded and elements are named by their
// namespace, not by the prefix a writer happened to choose. The parser is this file's own rather
// than a library's so that its work is bounded by the input (one pass, no recursion, limits on
// depth and size checked as it goes) and every failure is a typed PlanError naming the part.

import { LIMITS, LimitError } from "../limits.js";
import { PackageError } from "./zip.js";

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
 * `&#26576;`. Named entities beyond those five are not XML's own: they are left as written.
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

type Scope = ReadonlyMap<string, string>;

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

/** The namespaces in scope inside an element: its parent's, plus its own xmlns declarations (its first `pairs` attributes as name, value, …). */
const declare = (attributes: readonly string[], pairs: number, scope: Scope): Scope => {
  let inner: Map<string, string> | undefined;
  for (let k = 0; k < 2 * pairs; k += 2) {
    const name = attributes[k]!;
    if (name === "xmlns" || name.startsWith("xmlns:")) (inner ??= new Map(scope)).set(name.slice(6), attributes[k + 1]!);
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

const NO_ATTRS: Readonly<Record<string, string>> = Object.freeze({});
const NO_CHILDREN: readonly XmlNode[] = Object.freeze([]);
const textNode = (text: string): XmlNode => ({ tag: "#text", attrs: NO_ATTRS, children: NO_CHILDREN, text });

/** XML's white space, which ends a tag's name. */
const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const GT = 0x3e;

interface Open {
  /** The name as written, to match its end tag. */
  readonly name: string;
  readonly node: { children: readonly XmlNode[] };
  readonly scope: Scope;
}

/** The tree's names, renamed once per name and scope: elements share one string per name, which saves both time and memory. */
const renamer = () => {
  const cache = new WeakMap<Scope, Map<string, string>>();
  return (name: string, scope: Scope, element: boolean): string => {
    let names = cache.get(scope);
    if (!names) cache.set(scope, (names = new Map()));
    const key = element ? name : `@${name}`;
    let renamed = names.get(key);
    if (renamed === undefined) names.set(key, (renamed = rename(name, scope, element)));
    return renamed;
  };
};

/**
 * The document's root elements. One pass, no recursion: nesting deeper than LIMITS.xmlDepth, or
 * more than LIMITS.xmlNodes elements, attributes and text runs (counted across every part passed
 * the same `budget`), is refused with a LimitError before it costs more, and markup that cannot be
 * read (a comment, CDATA section or tag never closed) is a PackageError naming the part. Like the
 * writers' own readers it is lenient where it can be: an end tag closes the elements left open
 * inside it, a stray one is passed over, and elements still open at the end are closed. Comments,
 * processing instructions and the DOCTYPE are not read (Office parts declare no entities, which
 * also keeps entity expansion attacks out).
 */
export const parseXml = (xml: string, part = "the XML", budget: XmlBudget = xmlBudget()): XmlNode[] => {
  const malformed = (why: string, at: number) => new PackageError(`${part} is not well-formed XML: ${why} at offset ${at.toLocaleString("en-US")}`, { part });
  const named = renamer();
  const attributes: string[] = [];
  const document = { children: NO_CHILDREN };
  const stack: Open[] = [{ name: "", node: document, scope: new Map() }];
  // Children are gathered in one array per depth, reused, and copied to their element at its end
  // tag: an array grown by push keeps room for more, which a tree of many one-child elements
  // (a cell and its value) would otherwise pay for many times over.
  const gathered: XmlNode[][] = [[]];
  const add = (node: XmlNode, cost: number) => {
    if ((budget.nodes += cost) > LIMITS.xmlNodes) throw new LimitError("xmlNodes", "more elements, attributes and text runs", part);
    // Text outside the root element is not part of the document.
    if (node.tag !== "#text" || stack.length > 1) gathered[stack.length - 1]!.push(node);
  };
  /** Ends the open elements from the innermost down to depth `depth`. */
  const closeTo = (depth: number) => {
    while (stack.length > depth) {
      const kids = gathered[stack.length - 1]!;
      stack.pop()!.node.children = kids.length === 0 ? NO_CHILDREN : kids.slice();
      kids.length = 0;
    }
  };
  /** The offset just past `close`, searched from `from`. */
  const past = (close: string, from: number, what: string, at: number) => {
    const end = xml.indexOf(close, from);
    if (end < 0) throw malformed(`${what} is never closed`, at);
    return end + close.length;
  };
  // Refused before any of it is built when its elements alone are too many: a small file can
  // inflate to millions of them, and the tree would cost hundreds of megabytes to find out.
  if (budget.nodes + startTags(xml) > LIMITS.xmlNodes) throw new LimitError("xmlNodes", "more elements, attributes and text runs", part);
  const length = xml.length;
  let i = 0;
  while (i < length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > i) add(textNode(decodeEntities(xml.slice(i, textEnd))), 1);
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (xml.startsWith("<!--", lt)) i = past("-->", lt + 4, "a comment", lt);
      else if (xml.startsWith("<![CDATA[", lt)) {
        i = past("]]>", lt + 9, "a CDATA section", lt);
        add(textNode(xml.slice(lt + 9, i - 3)), 1);
      } else i = skipDeclaration(xml, lt, () => malformed("a declaration is never closed", lt));
    } else if (next === 0x3f /* ? */) i = past("?>", lt + 2, "a processing instruction", lt);
    else if (next === SLASH) {
      i = past(">", lt + 2, "an end tag", lt);
      const name = xml.slice(lt + 2, i - 1).trim();
      // Close up to the element it names; an end tag that names no open element is passed over.
      let open = stack.length - 1;
      while (open > 0 && stack[open]!.name !== name) open--;
      if (open > 0) closeTo(open);
    } else {
      let at = lt + 1;
      for (let c = next; at < length && !isSpace(c) && c !== SLASH && c !== GT; c = xml.charCodeAt(++at));
      if (at === lt + 1) throw malformed("a < that opens no tag", lt);
      const name = xml.slice(lt + 1, at);
      // Attributes as name, value, name, value…, read into one reused array (its first `pairs` × 2 entries).
      const written = attributes;
      let pairs = 0;
      for (;;) {
        const spaced = at;
        while (isSpace(xml.charCodeAt(at))) at++;
        const nameStart = at;
        for (let c = xml.charCodeAt(at); at < length && !isSpace(c) && c !== SLASH && c !== GT && c !== EQUALS; c = xml.charCodeAt(++at));
        // Attributes are set apart by white space.
        if (at === nameStart || spaced === nameStart) break;
        let j = at;
        while (isSpace(xml.charCodeAt(j))) j++;
        // A name without a value is not XML: passed over.
        if (xml.charCodeAt(j) !== EQUALS) continue;
        j++;
        while (isSpace(xml.charCodeAt(j))) j++;
        const quote = xml[j];
        if (quote !== '"' && quote !== "'") throw malformed("an attribute's value is not in quotes", j);
        const close = xml.indexOf(quote, j + 1);
        if (close < 0) throw malformed("an attribute's value is never closed", j);
        // Counted as they are read: one tag may carry millions of them.
        if (budget.nodes + pairs + 1 > LIMITS.xmlNodes) throw new LimitError("xmlNodes", "more elements, attributes and text runs", part);
        written[2 * pairs] = xml.slice(nameStart, at);
        written[2 * pairs++ + 1] = decodeEntities(xml.slice(j + 1, close));
        at = close + 1;
      }
      while (isSpace(xml.charCodeAt(at))) at++;
      const selfClosing = xml.charCodeAt(at) === SLASH;
      if (selfClosing) at++;
      if (xml.charCodeAt(at) !== GT) throw malformed(`the tag <${name.slice(0, 40)}> is never closed`, lt);
      i = at + 1;
      // The element's depth is the stack's length (the stack holds the document below its roots).
      if (stack.length > LIMITS.xmlDepth) throw new LimitError("xmlDepth", `elements nested ${stack.length} deep`, part);
      const parent = stack[stack.length - 1]!;
      let scope = parent.scope;
      let attrs = NO_ATTRS;
      if (pairs > 0) {
        scope = declare(written, pairs, scope);
        const renamed: Record<string, string> = {};
        for (let k = 0; k < 2 * pairs; k += 2) renamed[named(written[k]!, scope, false)] = written[k + 1]!;
        attrs = renamed;
      }
      const node = { tag: named(name, scope, true), attrs, children: NO_CHILDREN, text: "" };
      add(node, 1 + pairs);
      if (!selfClosing) {
        stack.push({ name, node, scope });
        gathered[stack.length - 1] ??= [];
      }
    }
  }
  closeTo(0);
  return document.children as XmlNode[];
};

/** How many start tags the text holds (those in comments and CDATA are text), counted without building anything. */
const startTags = (xml: string): number => {
  let count = 0;
  for (let lt = xml.indexOf("<"); lt >= 0 && lt + 1 < xml.length; lt = xml.indexOf("<", lt + 1)) {
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      const close = xml.startsWith("<!--", lt) ? xml.indexOf("-->", lt + 4) : xml.startsWith("<![CDATA[", lt) ? xml.indexOf("]]>", lt + 9) : lt;
      if (close < 0) break;
      lt = close;
    } else if (next !== 0x3f && next !== SLASH && !isSpace(next)) count++;
  }
  return count;
};

/** What the parts of one file have cost so far, against LIMITS.xmlNodes. */
export interface XmlBudget {
  nodes: number;
}
const xmlBudget = (): XmlBudget => ({ nodes: 0 });

/** Parses the parts of one file by path, on one budget; undefined for a part the file lacks. */
export const partParser = (text: (path: string) => string | undefined) => {
  const budget = xmlBudget();
  return (path: string): XmlNode[] | undefined => {
    const xml = text(path);
    return xml === undefined ? undefined : parseXml(xml, path, budget);
  };
};

/** Past a `<!…>` declaration such as a DOCTYPE, whose internal subset in [ ] may hold `>`. */
const skipDeclaration = (xml: string, at: number, unclosed: () => Error): number => {
  const close = xml.indexOf(">", at);
  if (close < 0) throw unclosed();
  // Looked for only up to the first >, so that many declarations cost no more than their length.
  const bracket = xml.slice(at, close).indexOf("[");
  if (bracket < 0) return close + 1;
  const subsetEnd = xml.indexOf("]", at + bracket);
  const end = subsetEnd < 0 ? -1 : xml.indexOf(">", subsetEnd);
  if (end < 0) throw unclosed();
  return end + 1;
};

// The searches below recurse, at most LIMITS.xmlDepth deep: parseXml builds no deeper tree. They
// step over leaves without a call, as a sheet or document is mostly leaves.

/** The first element named `tag` at any depth below (and including) the given nodes. */
export const findFirst = (nodes: readonly XmlNode[], tag: string): XmlNode | undefined => {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.tag === tag) return node;
    if (node.children.length === 0) continue;
    const found = findFirst(node.children, tag);
    if (found) return found;
  }
  return undefined;
};

/** Every element named `tag` at any depth, without looking inside a match. */
export const findAll = (nodes: readonly XmlNode[], tag: string, into: XmlNode[] = []): XmlNode[] => {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.tag === tag) into.push(node);
    else if (node.children.length > 0) findAll(node.children, tag, into);
  }
  return into;
};

export const childrenNamed = (node: XmlNode, tag: string): XmlNode[] => node.children.filter((c) => c.tag === tag);

/** All text below a node. */
export const textOf = (node: XmlNode): string => (node.tag === "#text" ? node.text : node.children.map(textOf).join(""));
