import { describe, expect, it } from "vitest";
import { checkTimeZone, DEFAULT_TIME_ZONE, today } from "./today.js";

describe("today", () => {
  // 17:00 UTC on 30 June is already 1 July in Beijing: the instant that tells the two apart.
  const at = Date.parse("2016-06-30T17:00:00Z");

  it("is the date in the office's time zone, Asia/Shanghai by default", () => {
    expect(DEFAULT_TIME_ZONE).toBe("Asia/Shanghai");
    expect(today(undefined, at)).toBe("2016-07-01");
    expect(today("UTC", at)).toBe("2016-06-30");
    expect(today("America/Los_Angeles", new Date(at))).toBe("2016-06-30");
  });

  it("refuses a time zone that is not one, naming it", () => {
    expect(() => checkTimeZone("Mars/Olympus")).toThrow(/"Mars\/Olympus" is not an IANA time zone/);
    expect(() => today("Mars/Olympus", at)).toThrow(expect.objectContaining({ code: "request.invalid" }));
    expect(() => checkTimeZone("Mars/Olympus")).toThrow(
      expect.objectContaining({
        code: "request.invalid",
        message: 'time zone "Mars/Olympus" is not an IANA time zone (e.g. Asia/Shanghai)',
        details: { field: "timeZone", timeZone: "Mars/Olympus" },
      }),
    );
  });
});
