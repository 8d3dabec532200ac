import { describe, expect, it } from "vitest";
import { decodeEntities, findAll, parseXml, textOf } from "./xml.js";

describe("decodeEntities", () => {
  it("decodes numeric character references, decimal and hex, and the five named entities", () => {
    expect(decodeEntities("&#26576;&#x67D0;&#x67d0;&#65288;&#x1F600;")).toBe("\u67D0\u67D0\u67D0\uFF08\u{1F600}");
    expect(decodeEntities("&lt;&gt;&amp;&quot;&apos;")).toBe("<>&\"'");
  });

  it("decodes once: an escaped ampersand stays text", () => {
    expect(decodeEntities("&amp;#26576;&#38;lt;")).toBe("&#26576;&lt;");
  });

  it("leaves references to no character, and undeclared names, as written", () => {
    expect(decodeEntities("&#0;&#xD800;&#x110000;&nbsp;")).toBe("&#0;&#xD800;&#x110000;&nbsp;");
  });
});

describe("parseXml", () => {
  it("decodes character references in text and attributes, not in CDATA", () => {
    const [root] = parseXml('<a name="&#20219;&#x52A1;"><t>&#26576;&#x5E02;</t><![CDATA[&#26576;]]></a>');
    expect(root!.attrs.name).toBe("\u4EFB\u52A1");
    expect(textOf(root!)).toBe("\u67D0\u5E02&#26576;");
  });

  it("names elements and attributes by namespace, whatever prefix the writer chose", () => {
    const sheet = parseXml(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<x:row><x:c rel:id="r1"/></x:row></x:worksheet>',
    );
    expect(sheet[0]!.tag).toBe("worksheet");
    expect(findAll(sheet, "c")[0]!.attrs).toEqual({ "r:id": "r1" });
    const doc = parseXml('<ns0:p xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:r><ns0:t xml:space="preserve">x</ns0:t></ns0:r></ns0:p>');
    expect(findAll(doc, "w:t").map(textOf)).toEqual(["x"]);
    expect(findAll(doc, "w:t")[0]!.attrs).toEqual({ "xml:space": "preserve" });
  });

  it("reads strict OOXML's namespaces as transitional ones", () => {
    const sheet = parseXml('<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData><row r="1"/></sheetData></worksheet>');
    expect(findAll(sheet, "row")).toHaveLength(1);
  });

  it("keeps names in namespaces it does not know as written", () => {
    expect(parseXml('<a:b xmlns:a="urn:other"><c/></a:b>')[0]!.tag).toBe("a:b");
  });
});
