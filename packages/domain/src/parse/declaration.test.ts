import { describe, expect, it } from "vitest";
import { fold } from "../text/source.js";
import { readDeclaration } from "./declaration.js";
import { FORMS } from "./test-helpers.js";

// Every test runs on the text as copied (ASCII punctuation) and as printed (full-width).
describe.each(FORMS)("readDeclaration %s", (_name, form) => {
  // The parser reads the declaration from the folded preamble.
  const declaration = (text: string) => readDeclaration(fold(form(text)));

  describe("readDeclaration", () => {
    it("reads areas, tasks and guarantees", () => {
      expect(declaration("统筹抓好精准扶贫、产业发展、基础设施、生态文明、改革开放、对口支援六大重点工作三十项具体任务,强化三个保障,确保开好局。")).toEqual({
        areas: ["精准扶贫", "产业发展", "基础设施", "生态文明", "改革开放", "对口支援"],
        tasks: 30,
        guarantees: 3,
      });
    });

    it("strips the verb before a list whose names differ in length", () => {
      expect(declaration("重点抓好稳增长、促改革、惠民生三个方面工作20项任务。").areas).toEqual(["稳增长", "促改革", "惠民生"]);
    });

    it("gives null for what the preamble does not say", () => {
      expect(declaration("今年的工作要求是稳中求进。")).toEqual({ areas: null, tasks: null, guarantees: null });
    });

    it("gives no names when the list does not match the declared count", () => {
      expect(declaration("抓好甲、乙五大重点工作").areas).toBeNull();
    });
  });
});
