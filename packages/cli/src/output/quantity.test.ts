import { describe, expect, it } from "vitest";
import { formatQuantity } from "./quantity.js";

describe("formatQuantity", () => {
  it.each([
    [2900000000, "29亿"],
    [100000000000, "1000亿"],
    [10800, "1.08万"],
    [400000, "40万"],
    [12345, "12,345"],
    [7000, "7,000"],
    [92, "92"],
    [0.5, "0.5"],
  ])("%d → %s", (value, text) => expect(formatQuantity(value)).toBe(text));
});
