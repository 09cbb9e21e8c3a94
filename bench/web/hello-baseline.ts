/**
 * The baseline the web figures are compared with: an empty Preact "hello" page built by the same Vite with
 * the same build options, so the app's size and scores read as "what Limber adds on top of Preact".
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runCommand } from "../../e2e/harness/web-build";

const HELLO_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="An empty Preact page: the benchmark's baseline." />
    <title>Hello</title>
    <script type="module" src="/main.js"></script>
  </head>
  <body><main id="app"></main></body>
</html>
`;

// No JSX, so the baseline needs no compiler settings of its own.
const HELLO_MAIN = `import { h, render } from "preact";
render(h("h1", null, "Hello"), document.getElementById("app"));
`;

const HELLO_VITE_CONFIG = `export default {
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", manifest: true, assetsInlineLimit: 0,
    modulePreload: { polyfill: false } },
};
`;

/** Builds the hello page inside the repository (so `preact` resolves) and returns its dist directory. */
export async function buildHelloBaseline(root: string): Promise<string> {
  const directory = join(root, "node_modules/.cache/limber-bench-hello");
  await rm(directory, { recursive: true, force: true });
  await mkdir(directory, { recursive: true });
  await writeFile(join(directory, "index.html"), HELLO_HTML);
  await writeFile(join(directory, "main.js"), HELLO_MAIN);
  await writeFile(join(directory, "vite.config.mjs"), HELLO_VITE_CONFIG);
  await runCommand(join(root, "node_modules/.bin/vite"), ["build", "--logLevel", "error"], directory);
  return join(directory, "dist");
}
