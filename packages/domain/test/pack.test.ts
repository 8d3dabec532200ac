// @plan/domain as a user gets it: packed by pnpm, installed from the tarball (with only the
// dependencies it declares) into a project outside the workspace, checked by publint and
// arethetypeswrong, a script compiled by tsc (strict) against the installed types and run in Node,
// and the same script bundled for the browser and run in Chromium.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const domainDir = fileURLToPath(new URL("..", import.meta.url));
const bin = (name: string) => join(domainDir, "node_modules", ".bin", name);
const seed = readFileSync(fileURLToPath(new URL("../../../seeds/jiangxi-gannan-soviet-area-2016.zh-Hant.txt", import.meta.url)), "utf8");
const docx = readFileSync(fileURLToPath(new URL("./fixtures/numbered.docx", import.meta.url)));
// .ci/run installs Debian's chromium; CHROMIUM points elsewhere on machines that keep it elsewhere.
const executablePath = process.env["CHROMIUM"] ?? "/usr/bin/chromium";

/** Runs a command to its end; a failure carries what it printed. */
const run = async (file: string, args: string[], cwd: string): Promise<string> => {
  try {
    return (await promisify(execFile)(file, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(" ")} failed:\n${stdout}${stderr}`);
  }
};

// The user's code: plain TypeScript against the package's exports, the same in Node and a browser.
const checkSource = `import { Plan, parsePlan, parsePlanFile, unitKey, validatePlan, type Finding, type Task } from "@plan/domain";

/** Parses the seed's text and a Word file, validates, and round-trips the plan through its schema. */
export const check = (seed: string, docxBase64: string) => {
  const plan: Plan = parsePlan(seed);
  const findings: Finding[] = validatePlan(plan);
  const task4: Task | undefined = plan.tasks.find((task) => task.id === "4");
  const fromWord = parsePlanFile(Uint8Array.from(atob(docxBase64), (c) => c.charCodeAt(0)), { name: "numbered.docx" });
  const again = Plan.safeParse(JSON.parse(JSON.stringify(plan)));
  return {
    tasks: plan.tasks.length,
    task4: task4?.title ?? null,
    findings: findings.every((finding) => typeof finding.code === "string"),
    wordTasks: fromWord.tasks.length,
    schema: again.success,
    sameUnit: unitKey("省交通運輸廳") === unitKey("省交通运输厅"),
  };
};

// Never run: mistakes the installed types must catch.
export const mistakes = (plan: Plan) => {
  // @ts-expect-error: a plan is parsed from text or bytes
  parsePlan(42);
  // @ts-expect-error: a task's title is a string
  const title: number = plan.tasks[0]!.title;
  return title;
};
`;
const mainSource = `import { check } from "./check.js";
import { docx, seed } from "./config.js";

console.log(JSON.stringify(check(seed, docx)));
`;
const expected = { tasks: 33, task4: "實施農村電網、農村公路升級改造工程", findings: true, wordTasks: 4, schema: true, sameUnit: true };

const work = mkdtempSync(join(tmpdir(), "plan-domain-pack-"));
const project = join(work, "consumer");
const installed = join(project, "node_modules", "@plan", "domain");
let tarball = "";
let declared: Record<string, string> = {};

beforeAll(async () => {
  tarball = (JSON.parse(await run("pnpm", ["pack", "--pack-destination", work, "--json"], domainDir)) as { filename: string }).filename;
  // Its dependencies as the workspace installed them, packed too, so the install gets the versions
  // the workspace tested; theirs (docx's and exceljs's, for the office entry) come from npm's cache
  // or the registry. The package gets what it declares and nothing else.
  declared = (JSON.parse(await run("tar", ["-xzOf", tarball, "package/package.json"], work)) as { dependencies?: Record<string, string> }).dependencies ?? {};
  const dependencies = [];
  for (const name of Object.keys(declared)) {
    const dir = realpathSync(join(domainDir, "node_modules", name));
    const file = join(work, `${name.replace("/", "-")}.tgz`);
    // A tarball as npm makes them (one top folder named package; pnpm's store hard-links equal files, and npm
    // drops hard-link entries). npm pack itself fails on a path in pnpm's store.
    await run("tar", ["-czf", file, "--hard-dereference", "-C", dirname(dir), "--transform", `s,^${basename(dir)},package,`, basename(dir)], work);
    dependencies.push(file);
  }
  mkdirSync(join(project, "src"), { recursive: true });
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball, ...dependencies], project);
  symlinkSync(realpathSync(join(domainDir, "node_modules", "typescript")), join(project, "node_modules", "typescript"));
  writeFileSync(join(project, "src", "check.ts"), checkSource);
  writeFileSync(join(project, "src", "main.ts"), mainSource);
  writeFileSync(join(project, "src", "config.ts"), `export const seed = ${JSON.stringify(seed)};\nexport const docx = ${JSON.stringify(docx.toString("base64"))};\n`);
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
      },
      include: ["src"],
    }),
  );
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed @plan/domain", () => {
  it("depends at run time on exactly what its build imports, and its main entry on none of the office entry's", () => {
    // What each built file imports: packages by name, and the chunks tsup shares between entries.
    const importsOf = (file: string) =>
      [...readFileSync(join(installed, "dist", file), "utf8").matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm)].map((m) => (m[1] ?? m[2] ?? m[3])!);
    const packagesReached = (entry: string): Set<string> => {
      const seen = new Set<string>();
      const packages = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const spec of importsOf(file)) {
          if (spec.startsWith(".")) visit(join(dirname(file), spec).replaceAll("\\", "/"));
          else packages.add(spec.replace(/^((?:@[^/]+\/)?[^/]+).*$/, "$1"));
        }
      };
      visit(entry);
      return packages;
    };
    const main = packagesReached("index.js");
    const office = packagesReached("office/index.js");
    expect([...new Set([...main, ...office])].sort()).toEqual(Object.keys(declared).sort());
    expect(Object.keys(declared).sort()).toEqual(["docx", "exceljs", "fflate", "opencc-js", "zod"]);
    // The main entry is what browsers bundle: the Word and Excel writers stay out of it.
    expect([...main].sort()).toEqual(["fflate", "opencc-js", "zod"]);
    expect(readdirSync(join(installed, "dist", "office")).sort()).toEqual(["index.d.ts", "index.js", "index.js.map"]);
    console.log(
      `@plan/domain tarball: ${(statSync(tarball).size / 1024).toFixed(1)} KiB, runtime dependencies: ${Object.entries(declared)
        .map(([name, version]) => `${name}@${version}`)
        .join(", ")}`,
    );
  });

  it("passes publint and arethetypeswrong", async () => {
    await run(bin("publint"), ["--strict"], domainDir);
    // ESM only, by design: a require() of it (node10, node16 from CommonJS) is not offered.
    await run(bin("attw"), [tarball, "--profile", "esm-only"], domainDir);
  }, 60_000);

  it("type-checks a script strictly against the installed types, and runs it in Node", async () => {
    expect(await run(process.execPath, [join(project, "node_modules", "typescript", "bin", "tsc"), "-p", "."], project)).toBe("");
    expect(JSON.parse(await run(process.execPath, [join("dist", "main.js")], project))).toEqual(expected);
  }, 60_000);

  it("runs the same script, bundled from the installed package, in Chromium", async () => {
    // From the source (esbuild strips the types), so that this test needs no other to have run.
    const bundle = await build({
      entryPoints: [join(project, "src", "check.ts")],
      absWorkingDir: project,
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "planCheck",
      write: false,
      logLevel: "silent",
    });
    const browser = await chromium.launch({
      executablePath,
      // The flags Chromium needs on a machine without internet (see the machine notes).
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const page = await browser.newPage();
      await page.setContent("<!doctype html><title>plan</title>");
      await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
      // A string, not a function: the test runner rewrites the functions it compiles.
      const result = await page.evaluate(`planCheck.check(${JSON.stringify(seed)}, ${JSON.stringify(docx.toString("base64"))})`);
      expect(result).toEqual(expected);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
