// Jobs waiting for a worker thread are bounded: beyond the queue a job is refused at once with
// server.busy (503, Retry-After), instead of every waiting upload's bytes piling up in memory.
// Past its deadline or heap cap a job is refused with a typed error naming the limit: a reading
// with input.too-large, a rendering of the 通报 with output.too-large.
import { afterEach, describe, expect, it, vi } from "vitest";
import { workerJobs } from "../src/node/worker-jobs.js";

const plan = new TextEncoder().encode("\u67D0\u5E022016\u5E74\u5DE5\u4F5C\u8981\u70B9\n1.\u5B8C\u6210\u9053\u8DEF\u5EFA\u8BBE100\u516C\u91CC\u3002\n");
const read = { bytes: plan, options: { name: "plan.txt" } };

afterEach(() => vi.restoreAllMocks());

describe("jobs in worker threads", () => {
  it("refuses a job beyond the queue with server.busy, and runs the ones it took", async () => {
    const run = workerJobs({ concurrency: 1, queue: 1 });
    const outcomes = await Promise.allSettled([0, 1, 2].map(() => run("readPlan", read)));
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    expect((outcomes[2] as PromiseRejectedResult).reason).toMatchObject({ code: "server.busy", details: { retryAfter: 1, queue: 1 } });
    // The queue is free again once they are done.
    await expect(run("readPlan", read)).resolves.toMatchObject({ tasks: [expect.anything()] });
  });

  it("keeps readings and renderings in pools of their own: renderings filling theirs neither delay nor refuse a reading", async () => {
    const run = workerJobs({ concurrency: 1, queue: 1 });
    const status = { planId: "plan_1", asOf: "2026-01-01" } as never;
    vi.spyOn(console, "error").mockImplementation(() => {});
    // A rendering holds the one rendering thread (it fails in its thread: the status is a stub), a
    // second waits, a third is refused; meanwhile a reading has its own thread.
    const renders = [0, 1, 2].map(() =>
      run("renderBulletin", { status, format: "docx", input: {} }).then(
        () => "done",
        (e: { code?: string }) => e.code ?? "failed",
      ),
    );
    await expect(run("readPlan", read)).resolves.toMatchObject({ tasks: [expect.anything()] });
    expect((await Promise.all(renders)).filter((r) => r === "server.busy")).toHaveLength(1);
  });

  it("logs a bug in a job's thread with its stack, and answers without it", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const status = { planId: "plan_1", asOf: "2026-01-01" } as never;
    const error = await workerJobs({ concurrency: 1 })("renderBulletin", { status, format: "md", input: {} }).catch((e: Error) => e);
    expect((error as Error).message).toBe("rendering the \u901A\u62A5 failed (a bug in plan, logged by the server)");
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^plan: rendering the \u901A\u62A5 failed in a worker thread: TypeError: [\s\S]*\n\s+at /));
  });

  it("refuses a reading past its deadline with input.too-large naming readMillis", async () => {
    const run = workerJobs({ concurrency: 1, timeoutMs: 1 });
    await expect(run("readPlan", read)).rejects.toMatchObject({ code: "input.too-large", details: { limit: "readMillis", max: 1 } });
  });

  it("refuses a rendering past its deadline with output.too-large naming readMillis", async () => {
    const run = workerJobs({ concurrency: 1, timeoutMs: 1 });
    const status = { planId: "plan_1", asOf: "2026-01-01" } as never;
    await expect(run("renderBulletin", { status, format: "docx", input: {} })).rejects.toMatchObject({
      code: "output.too-large",
      message: expect.stringContaining("rendering the \u901A\u62A5 did not finish in time"),
      details: { limit: "readMillis", max: 1 },
    });
  });

  it("passes a job's own refusal through with its code", async () => {
    const run = workerJobs({ concurrency: 1 });
    await expect(run("readPlan", { bytes: new TextEncoder().encode("nothing numbered here"), options: { name: "empty.txt" } })).rejects.toMatchObject({ code: "input.no-tasks" });
  });
});
