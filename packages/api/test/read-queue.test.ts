// Uploads waiting for a reader are bounded: beyond the queue an upload is refused at once with
// server.busy (503, Retry-After), instead of every waiting upload's bytes piling up in memory.
import { describe, expect, it } from "vitest";
import { workerReader } from "../src/node/worker-reader.js";

const plan = new TextEncoder().encode("\u67D0\u5E022016\u5E74\u5DE5\u4F5C\u8981\u70B9\n1.\u5B8C\u6210\u9053\u8DEF\u5EFA\u8BBE100\u516C\u91CC\u3002\n");

describe("the upload queue", () => {
  it("refuses an upload beyond it with server.busy, and reads the ones it took", async () => {
    const read = workerReader({ concurrency: 1, queue: 1 });
    const outcomes = await Promise.allSettled([0, 1, 2].map(() => read(plan, { name: "plan.txt" })));
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    expect((outcomes[2] as PromiseRejectedResult).reason).toMatchObject({ code: "server.busy", details: { retryAfter: 1, queue: 1 } });
    // The queue is free again once they are read.
    await expect(read(plan, { name: "plan.txt" })).resolves.toMatchObject({ tasks: [expect.anything()] });
  });
});
