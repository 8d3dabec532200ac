// The Python behaviours the port reproduces, checked against python3 itself where it matters
// most: rounding and formatting, which decide every figure printed.

import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { fixed, WHITESPACE, round, strip, toFloat } from "./python.js";

// Every fraction a figure can be (k/n for up to 40 tasks), exact binary ties and a few others.
const values = [
  ...Array.from({ length: 40 }, (_, i) => i + 1).flatMap((n) => Array.from({ length: n + 1 }, (_, k) => k / n)),
  0.125,
  0.375,
  0.0625,
  0.28125,
  2.675,
  1.005,
  0.5,
  1.5,
  2.5,
  123456.5,
  1e-7,
  2.43e8,
  1.2e22,
  -1.25,
  (0.1 + 0.2) / 3,
];

describe("round and fixed", () => {
  it("give what Python's round() and format() give", () => {
    const python = `
import json, sys
xs = json.load(sys.stdin)
print(json.dumps([[round(x, 4), round(x, 6), format(x, '.2f'), format(x, '.3f')] for x in xs]))`;
    const run = spawnSync("python3", ["-c", python], { input: JSON.stringify(values), encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const expected = JSON.parse(run.stdout) as [number, number, string, string][];
    const ours = values.map((x) => [round(x, 4), round(x, 6), fixed(x, 2), fixed(x, 3)]);
    expect(ours).toEqual(expected);
  });

  it("round exact ties to even, where toFixed rounds them up", () => {
    expect(fixed(0.125, 2)).toBe("0.12");
    expect(fixed(0.375, 2)).toBe("0.38");
    expect(round(0.28125, 4)).toBe(0.2812);
    expect(fixed(0.0625, 3)).toBe("0.062");
  });
});

describe("whitespace", () => {
  it("is what str.isspace() says, not JavaScript's \\s", () => {
    expect(strip("\u0085\u001c\u3000x\t")).toBe("x");
    expect(strip("\uFEFFx")).toBe("\uFEFFx");
    expect("a\u001fb\uFEFFc".replace(WHITESPACE, "")).toBe("ab\uFEFFc");
  });
});

describe("toFloat", () => {
  it("accepts what float() accepts and refuses the rest", () => {
    expect([toFloat(12), toFloat(" 12 "), toFloat("1_000"), toFloat("1.2e4"), toFloat(".5"), toFloat(true)]).toEqual([12, 12, 1000, 12000, 0.5, 1]);
    expect([toFloat("inf"), toFloat("-Infinity")]).toEqual([Infinity, -Infinity]);
    expect([toFloat(""), toFloat("1__0"), toFloat("0x10"), toFloat("12个"), toFloat(null), toFloat(undefined), toFloat([1])]).toEqual([null, null, null, null, null, null, null]);
  });
});
