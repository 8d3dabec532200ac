// Scalar's standalone reference bundle as a module of @plan/api: `virtual:scalar-standalone`
// becomes its text, version and Subresource Integrity hash at build time (tsup) and in tests
// (vitest), so /docs serves it from the deployment itself on Node and in a Worker alike.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const SCALAR_MODULE = "virtual:scalar-standalone";

const moduleText = (): string => {
  // The package exports no path to its browser build: find it beside its main entry.
  const main = createRequire(import.meta.url).resolve("@scalar/api-reference");
  const root = join(dirname(main), "..");
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  const source = readFileSync(join(root, "dist/browser/standalone.js"), "utf8");
  const integrity = `sha384-${createHash("sha384").update(source).digest("base64")}`;
  return `export const version = ${JSON.stringify(version)};\nexport const integrity = ${JSON.stringify(integrity)};\nexport const source = ${JSON.stringify(source)};\n`;
};

/** For tsup (esbuild). */
export const scalarEsbuildPlugin = () => ({
  name: "scalar-standalone",
  setup(build: { onResolve: Function; onLoad: Function }) {
    build.onResolve({ filter: /^virtual:scalar-standalone$/ }, () => ({ path: SCALAR_MODULE, namespace: "scalar" }));
    build.onLoad({ filter: /.*/, namespace: "scalar" }, () => ({ contents: moduleText(), loader: "js" }));
  },
});

/** For vitest (vite). */
export const scalarVitePlugin = () => ({
  name: "scalar-standalone",
  resolveId: (id: string) => (id === SCALAR_MODULE ? `\0${SCALAR_MODULE}` : null),
  load: (id: string) => (id === `\0${SCALAR_MODULE}` ? moduleText() : null),
});
