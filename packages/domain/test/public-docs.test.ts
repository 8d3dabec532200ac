// Every value @plan/domain exports (function, class, constant, zod schema) says what it is in a
// TSDoc comment: the public surface is what users read in their editor, so none goes bare.
// Read with the TypeScript compiler, so `export *`, renames and chains of re-exports all resolve
// to the declaration that carries the comment.
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const index = join(root, "src", "index.ts");

/** An exported value of the module and the file and line of the declaration its comment belongs on. */
interface ExportedValue {
  readonly name: string;
  readonly where: string;
  readonly documented: boolean;
}

/** Whether a declaration carries a /** comment with words in it (a bare tag such as @internal says nothing). */
const hasDoc = (declaration: ts.Declaration): boolean => ts.getJSDocCommentsAndTags(declaration).some((doc) => ts.isJSDoc(doc) && (ts.getTextOfJSDocComment(doc.comment) ?? "").trim() !== "");

/** The values a module exports, each followed through its re-exports to its declaration. */
const exportedValues = (program: ts.Program, file: string): ExportedValue[] => {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`${file} is not a module the program read`);
  return checker.getExportsOfModule(module).flatMap((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!symbol.declarations?.length) return [{ name: exported.name, where: "does not resolve to a declaration", documented: false }];
    const declaration = symbol.valueDeclaration;
    // A type or interface has no value declaration: the check covers what code calls or reads.
    if (!(symbol.flags & ts.SymbolFlags.Value) || !declaration) return [];
    const at = declaration.getSourceFile();
    const line = at.getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
    return [{ name: exported.name, where: `${relative(root, at.fileName)}:${line}`, documented: hasDoc(declaration) }];
  });
};

const undocumented = (values: readonly ExportedValue[]): string[] => values.filter((v) => !v.documented).map((v) => `${v.name} (${v.where})`);

describe("the public surface of @plan/domain", () => {
  // One program, rooted at the index: it reads the files the public surface reaches and nothing
  // else. Declarations and comments need no types, so the libs and node_modules stay unread (a
  // few seconds less); an export that would resolve into them shows up as unresolved below.
  const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const options: ts.CompilerOptions = { ...config!.options, noLib: true, types: [] };
  const host = ts.createCompilerHost(options, true);
  const exists = host.fileExists;
  host.fileExists = (f) => !/[\\/]node_modules[\\/]/.test(f) && exists(f);
  const program = ts.createProgram([index], options, host);
  const values = exportedValues(program, index);

  it("is found: the check follows export * and named re-exports to their declarations", () => {
    expect(values.length).toBeGreaterThan(100);
    const names = values.map((v) => v.name);
    // One of each kind: a zod schema through export *, a function, a class, a constant, each renamed or not.
    expect(names).toEqual(expect.arrayContaining(["Status", "readPlanDocument", "PlanError", "LIMITS", "planJsonSchema"]));
    expect(values.find((v) => v.name === "Status")?.where).toMatch(/^src[\\/]models[\\/]status\.ts:\d+$/);
  });

  it("documents every exported function, class, constant and schema", () => {
    expect(undocumented(values)).toEqual([]);
  });
});

describe("the documentation check", () => {
  // A small program in memory: what the check sees in a module whose exports are documented or not.
  const files: Record<string, string> = {
    "/m/index.ts": ['export * from "./a.js";', 'export { g as renamed, G, type T } from "./b.js";', 'export { lost } from "./missing.js";'].join("\n"),
    "/m/a.ts": ["/** Documented. */", "export const a = 1;", "export const bare = 2;", "/** @internal */", "export function tagged() {}"].join("\n"),
    "/m/b.ts": ["export function g() {}", "/** A class. */", "export class G {}", "export type T = string;"].join("\n"),
  };
  const options: ts.CompilerOptions = { noLib: true, types: [], module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 };
  const host = ts.createCompilerHost(options);
  host.fileExists = (f) => Object.hasOwn(files, f);
  host.directoryExists = (d) => Object.keys(files).some((f) => f.startsWith(`${d}/`));
  host.readFile = (f) => files[f];
  host.getSourceFile = (f, target) => (Object.hasOwn(files, f) ? ts.createSourceFile(f, files[f]!, target) : undefined);
  const values = exportedValues(ts.createProgram(["/m/index.ts"], options, host), "/m/index.ts");

  it("sees values through export * and renames, and leaves types out", () => {
    expect(values.map((v) => v.name).sort()).toEqual(["G", "a", "bare", "lost", "renamed", "tagged"]);
  });

  it("names each value without a comment, and a bare tag is no comment", () => {
    expect(
      undocumented(values)
        .map((v) => v.split(" ")[0])
        .sort(),
    ).toEqual(["bare", "lost", "renamed", "tagged"]);
    expect(undocumented(values)).toContain("lost (does not resolve to a declaration)");
    expect(undocumented(values).find((v) => v.startsWith("renamed"))).toMatch(/^renamed \(.*b\.ts:1\)$/);
  });
});
