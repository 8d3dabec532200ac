// A retry under the same Idempotency-Key gets the first report back; another request under it is refused.
import { describe, expect, it } from "vitest";
import { admitRetry } from "./retry.js";

describe("admitRetry", () => {
  it("takes a key not seen before as a first use", () => {
    expect(admitRetry("k1", undefined, "hash-a")).toEqual({ outcome: "first" });
  });
  it("answers the same request under a seen key with the first report", () => {
    expect(admitRetry("k1", { requestHash: "hash-a", reportId: "r1" }, "hash-a")).toEqual({ outcome: "replay", reportId: "r1" });
  });
  it("refuses another request under a seen key, naming the key", () => {
    const refused = admitRetry("k1", { requestHash: "hash-a", reportId: "r1" }, "hash-b");
    expect(refused.outcome).toBe("refused");
    if (refused.outcome !== "refused") return;
    expect(refused.error.code).toBe("store.conflict");
    expect(refused.error.message).toContain("k1");
    expect(refused.error.details).toEqual({ idempotencyKey: "k1" });
  });
});
