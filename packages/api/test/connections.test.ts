// A refused request whose body was not read (401 before an upload is read, 413 beyond the body
// limit) closes its connection cleanly, saying `Connection: close`: a keep-alive client's next
// request goes on a fresh connection instead of meeting a reset (ECONNRESET, 10 times in 10 once).
import { mkdtempSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../src/node.js";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, db: join(mkdtempSync(join(tmpdir(), "plan-api-connections-")), "plan.db"), env: {}, maxBodyBytes: 256 * 1024, log: () => {} });
});
afterAll(() => server.stop());

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
afterAll(() => agent.destroy());

const post = (body: string, key: string) =>
  new Promise<string>((resolve) => {
    const { port } = new URL(server.url);
    const req = http.request(
      { host: "127.0.0.1", port, path: "/plans", method: "POST", agent, headers: { "content-type": "application/json", authorization: `Bearer ${key}`, "content-length": Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(`${res.statusCode} ${res.headers.connection}`));
      },
    );
    req.on("error", (error: Error & { code?: string }) => resolve(`error ${error.code}`));
    req.end(body);
  });

describe("a refused request with a body", () => {
  it("closes its connection cleanly, so that the next request on a keep-alive client gets its answer", async () => {
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      answers.push(await post("x".repeat(128 * 1024), `plk_wrong_${i}`)); // 401 before the body is read
      answers.push(await post("x".repeat(1024 * 1024), `plk_wrong_big_${i}`)); // 413 beyond the limit
      answers.push(await post("{}", `plk_wrong_next_${i}`));
    }
    expect(answers.filter((a) => a.startsWith("error"))).toEqual([]);
    expect(answers.filter((a) => !a.endsWith("close"))).toEqual([]);
    expect(new Set(answers.map((a) => a.split(" ")[0]))).toEqual(new Set(["401", "413"]));
  });
});
