// @plan/domain must run unchanged in browsers and Workers: its source imports only its own files and
// its declared dependencies, and uses nothing that only Node declares (process, Buffer, require…).
// Read with the TypeScript compiler, so every form of import counts, however it is written.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const src = join(root, "src");
const { dependencies = {} } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
const files = readdirSync(src, { recursive: true, encoding: "utf8" })
  .filter((f) => /\.[cm]?tsx?$/.test(f) && !/\.test\.[cm]?tsx?$/.test(f))
  .map((f) => join(src, f));

/** Every module specifier a file names: import and export declarations, import(), require(), import("x").T types. */
const specifiers = (file: ts.SourceFile): string[] => {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expr = node.moduleReference.expression;
      found.push(ts.isStringLiteralLike(expr) ? expr.text : "<computed>");
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require"))) {
      const arg = node.arguments[0];
      found.push(arg && ts.isStringLiteralLike(arg) ? arg.text : "<computed>");
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteralLike(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
};

/** Why a specifier may not appear in the domain's source, or null when it may. */
const refusal = (file: string, specifier: string): string | null => {
  if (specifier.startsWith("./") || specifier.startsWith("../")) {
    return relative(src, resolve(file, "..", specifier)).startsWith("..") ? "reaches outside src/" : null;
  }
  const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!;
  return Object.hasOwn(dependencies, name) ? null : "is not a dependency of @plan/domain (Node built-ins never are)";
};

const parsed = files.map((f) => ts.createSourceFile(f, readFileSync(f, "utf8"), ts.ScriptTarget.ES2022, true));

describe("the domain's source", () => {
  it("is found: the check reads every source file", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.map((f) => relative(src, f))).toContain("index.ts");
  });

  it("imports only its own files and its declared dependencies", () => {
    const offenders = parsed.flatMap((file) =>
      specifiers(file).flatMap((s) => {
        const why = refusal(file.fileName, s);
        return why ? [`${relative(root, file.fileName)}: "${s}" ${why}`] : [];
      }),
    );
    expect(offenders).toEqual([]);
  });

  it("uses no name that only Node declares", { timeout: 60_000 }, () => {
    // The domain's tsconfig lists both the DOM and Node's types: a global is Node's alone when every
    // declaration of it is in @types/node (process, Buffer, require, __dirname, setImmediate, NodeJS…).
    const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const program = ts.createProgram(files, config!.options);
    const checker = program.getTypeChecker();
    const fromNode = (symbol: ts.Symbol | undefined): boolean => {
      const declarations = symbol?.declarations ?? [];
      return declarations.length > 0 && declarations.every((d) => /[\\/]@types[\\/]node[\\/]/.test(d.getSourceFile().fileName));
    };
    const index = program.getSourceFile(join(src, "index.ts"))!;
    const meanings = ts.SymbolFlags.Value | ts.SymbolFlags.Type | ts.SymbolFlags.Namespace;
    const nodeGlobals = new Set(
      checker
        .getSymbolsInScope(index, meanings)
        .filter(fromNode)
        .map((s) => s.name),
    );
    expect([...nodeGlobals]).toEqual(expect.arrayContaining(["process", "Buffer", "require", "__dirname", "NodeJS"]));
    // Only names spelled like one of them are resolved: resolving every identifier takes the checker ~20 s.
    const offenders: string[] = [];
    for (const file of files.map((f) => program.getSourceFile(f)!)) {
      const visit = (node: ts.Node): void => {
        if (ts.isIdentifier(node) && nodeGlobals.has(node.text) && fromNode(checker.getSymbolAtLocation(node))) {
          const { line, character } = file.getLineAndCharacterOfPosition(node.getStart());
          offenders.push(`${relative(root, file.fileName)}:${line + 1}:${character + 1}: ${node.text}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    expect(offenders).toEqual([]);
  });
});

describe("the import reader", () => {
  const read = (code: string) => specifiers(ts.createSourceFile("x.ts", code, ts.ScriptTarget.ES2022, true));

  it("sees every way of naming a module", () => {
    const code = [
      'import { readFileSync } from "node:fs";',
      "import fs from 'fs';",
      'import type { X } from "node:path";',
      'export * from "node:os";',
      'export { y } from "crypto";',
      'import "process";',
      'import cp = require("child_process");',
      'const a = await import("node:worker_threads");',
      'const b = require("node:buffer");',
      'type C = import("node:stream").Readable;',
    ].join("\n");
    expect(read(code)).toEqual(["node:fs", "fs", "node:path", "node:os", "crypto", "process", "child_process", "node:worker_threads", "node:buffer", "node:stream"]);
  });

  it("refuses Node's modules and undeclared packages, and allows the domain's own", () => {
    const file = join(src, "parse", "plan.ts");
    for (const s of ["node:fs", "fs", "path", "process", "node:process", "lodash", "@plan/store", "../../../store/src/index.js"]) expect(refusal(file, s), s).not.toBeNull();
    for (const s of ["./task.js", "../text/source.js", "zod", "fflate", "opencc-js"]) expect(refusal(file, s), s).toBeNull();
  });
});
