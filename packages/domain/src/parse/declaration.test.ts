import { describe, expect, it } from "vitest";
import { readDeclaration } from "./declaration.js";

describe("readDeclaration", () => {
  it("reads areas, tasks and guarantees", () => {
    expect(readDeclaration("统筹抓好精准扶贫、产业发展、基础设施、生态文明、改革开放、对口支援六大重点工作三十项具体任务,强化三个保障,确保开好局。")).toEqual({
      areas: ["精准扶贫", "产业发展", "基础设施", "生态文明", "改革开放", "对口支援"],
      tasks: 30,
      guarantees: 3,
    });
  });

  it("strips the verb before a list whose names differ in length", () => {
    expect(readDeclaration("重点抓好稳增长、促改革、惠民生三个方面工作20项任务。").areas).toEqual(["稳增长", "促改革", "惠民生"]);
  });

  it("gives null for what the preamble does not say", () => {
    expect(readDeclaration("今年的工作要求是稳中求进。")).toEqual({ areas: null, tasks: null, guarantees: null });
  });

  it("gives no names when the list does not match the declared count", () => {
    expect(readDeclaration("抓好甲、乙五大重点工作").areas).toBeNull();
  });
});
