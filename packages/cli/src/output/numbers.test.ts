import { expect, it } from "vitest";
import { numberRanges } from "./numbers.js";

it("shortens runs of task numbers", () => {
  expect(numberRanges(["1", "2", "3", "5", "7", "8", "一"])).toBe("1–3, 5, 7, 8, 一");
  expect(numberRanges([])).toBe("");
});
