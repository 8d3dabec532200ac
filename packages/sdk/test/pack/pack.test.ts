// @plan/sdk as a user gets it: packed by pnpm, installed from the tarball into a project outside the
// workspace, checked by publint and arethetypeswrong, a script using every method compiled by tsc
// (strict) against the installed types alone, then run against a real server started here.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { startServer, type RunningServer } from "@plan/api/node";
import { openStore } from "@plan/store/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceClient } from "@plan/store/testing";

const sdkDir = fileURLToPath(new URL("../..", import.meta.url));
const bin = (name: string) => join(sdkDir, "node_modules", ".bin", name);
const seed = readFileSync(fileURLToPath(new URL("../../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");

/** Runs a command to its end; a failure carries what it printed. */
const run = async (file: string, args: string[], cwd: string): Promise<string> => {
  try {
    return (await promisify(execFile)(file, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(" ")} failed:\n${stdout}${stderr}`);
  }
};

const work = mkdtempSync(join(tmpdir(), "plan-sdk-pack-"));
const project = join(work, "consumer");
const installed = join(project, "node_modules", "@plan", "sdk");
let tarball = "";
let server: RunningServer;

beforeAll(async () => {
  const packed = JSON.parse(await run("pnpm", ["pack", "--pack-destination", work, "--json"], sdkDir)) as { filename: string };
  tarball = packed.filename;
  // A project of a user's: no workspace above it, nothing installed but the tarball, offline (a
  // dependency the SDK forgot to drop would have to be fetched, and fails here).
  mkdirSync(join(project, "src"), { recursive: true });
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], project);
  // The compiler only, from this workspace's install (no network): it is not in the project's manifest.
  symlinkSync(realpathSync(join(sdkDir, "node_modules", "typescript")), join(project, "node_modules", "typescript"));

  const db = join(work, "plan.db");
  const store = serviceClient(await openStore(db, {}));
  const keys = {
    admin: (await store.insertKey("admin", null, "admin", "pack test")).secret,
    roads: (await store.insertKey("unit", "省交通運輸廳", "roads", "pack test")).secret,
    viewer: (await store.insertKey("viewer", null, "viewer", "pack test")).secret,
  };
  await store.close();
  server = await startServer({ port: 0, db, env: {} });
  writeFileSync(join(project, "src", "config.ts"), `export const config = ${JSON.stringify({ url: server.url, keys, seed })} as const;\n`);
  copyFileSync(fileURLToPath(new URL("./project/use.ts", import.meta.url)), join(project, "src", "use.ts"));
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2023", "DOM"],
        types: [],
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        rootDir: "src",
        outDir: "dist",
        noEmitOnError: true,
      },
      include: ["src"],
    }),
  );
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe("the packed @plan/sdk", () => {
  it("holds only its build and depends on nothing at run time", () => {
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest["dependencies"] ?? {}).toEqual({});
    expect(manifest["peerDependencies"] ?? {}).toEqual({});
    expect(manifest["private"]).toBeUndefined();
    const lock = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8")) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages).sort()).toEqual(["", "node_modules/@plan/sdk"]);
    expect(readdirSync(join(installed, "dist")).sort()).toEqual(["index.d.ts", "index.js", "index.js.map"]);
    // Its types import nothing: the API's types are generated into the package.
    expect(readFileSync(join(installed, "dist", "index.d.ts"), "utf8")).not.toMatch(/\bfrom\s*["']|\bimport\s*\(|\brequire\s*\(/);
    console.log(`@plan/sdk tarball: ${(statSync(tarball).size / 1024).toFixed(1)} KiB, runtime dependencies: none`);
  });

  it("passes publint and arethetypeswrong", async () => {
    await run(bin("publint"), ["--strict"], sdkDir);
    // ESM only, by design: a require() of it (node10, node16 from CommonJS) is not offered.
    await run(bin("attw"), [tarball, "--profile", "esm-only"], sdkDir);
  }, 60_000);

  it("has a script that calls every method of the installed client", async () => {
    // A method added to the client joins the script, or this fails.
    const { createClient } = (await import(pathToFileURL(join(installed, "dist", "index.js")).href)) as typeof import("../../src/index.js");
    const methods = (value: object, prefix = ""): string[] =>
      Object.entries(value).flatMap(([name, member]) => (typeof member === "function" ? [`${prefix}${name}`] : methods(member as object, `${prefix}${name}.`)));
    const script = readFileSync(join(project, "src", "use.ts"), "utf8");
    const called = methods(createClient({ baseUrl: "http://127.0.0.1:1" }));
    expect(called.length).toBeGreaterThan(15);
    expect(called.filter((method) => !new RegExp(`\\.${method.replaceAll(".", "\\.")}\\(`).test(script))).toEqual([]);
  });

  it("compiles the script strictly against the installed types alone, and runs it against a real server", async () => {
    expect(await run(process.execPath, [join(project, "node_modules", "typescript", "bin", "tsc"), "-p", "."], project)).toBe("");
    const printed = JSON.parse(await run(process.execPath, [join("dist", "use.js")], project));
    expect(printed).toEqual({
      health: { status: "ok", engine: "sqlite" },
      imported: { created: true, tasks: 33 },
      uploaded: { created: false, samePlan: true },
      plans: [true],
      task4: "實施農村電網、農村公路升級改造工程",
      findings: true,
      tasks: { listed: 5, next: true, first: "1" },
      // Task 4's other targets have no report yet; the one reported is on track.
      task: { id: "4", status: "not-reported", target5: "on-track" },
      units: true,
      unit: "省交通運輸廳",
      report: { value: 4000, replayed: true },
      reports: 1,
      status: { total: 33, target: ["on-track", 4000] },
      overview: [[true, 33]],
      reminders: { asOf: "2016-07-31", some: true, units: true },
      markdown: true,
      html: true,
      xlsx: [0x50, 0x4b],
      refused: { status: 403, code: "progress.unit-not-responsible" },
      office: {
        baseline: 1000,
        reviewed: "accepted",
        extension: ["requested", "approved", 1],
        closed: ["33", true],
        audit: true,
        supervision: 1,
        sheet: { status: 422, code: "progress.invalid" },
        sent: { status: 403, code: "auth.forbidden" },
        docx: [0x50, 0x4b],
        replaced: [false, false],
        gone: { status: 404, code: "plan.not-found" },
      },
    });
  }, 60_000);
});
