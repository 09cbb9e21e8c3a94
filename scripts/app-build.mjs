// What `npm start` runs: the web app's production build and the CLI bundled into one file, each made again
// only when it is missing or older than its sources. `npm install` makes both ahead (scripts/postinstall.mjs),
// so a newcomer's very first `npm start` only starts the server.
//
// Start-up speed: loading a few hundred TypeScript modules through tsx costs more than everything else a
// start does, so the CLI and server are bundled into one file (esbuild, rebuilt when a source is newer)
// and run with plain Node. Without esbuild, or if bundling fails, the sources run through tsx as before. The
// bundle is CommonJS so that it can start from V8's code cache (scripts/code-cache.mjs).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(root, "packages", "web");
const webBuild = join(web, "dist", "index.html");
const bundleDir = join(root, "packages", "server", ".bundle");
const bundle = join(bundleDir, "limber.cjs");
const prestartBundle = join(bundleDir, "serve-prestart.cjs");

/** The newest modification time under `path`, skipping dependencies and build output. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry === "dist" || entry.startsWith(".")) continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

/** The newest modification time among `sources`, walked once however many outputs are compared with it. */
const newestOf = (sources) => Math.max(...sources.map(newest));
const isOlderThan = (file, sourcesTime) => !existsSync(file) || sourcesTime > statSync(file).mtimeMs;

export function buildWebApp() {
  if (!existsSync(join(web, "package.json"))) {
    console.error("limber: there is no web app package yet; serving the API only.");
    return;
  }
  const sources = ["src", "public", "index.html", "vite.config.ts", "package.json"].map((p) => join(web, p));
  if (!isOlderThan(webBuild, newestOf([...sources, join(root, "packages", "core", "src")]))) return;
  console.error("limber: building the web app (npm run build -w @limber/web)...");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  // The build's chatter goes to stderr, so the first URL on standard output is the server's.
  const build = spawnSync(npm, ["run", "build", "-w", "@limber/web"], { cwd: root, stdio: ["ignore", 2, 2] });
  if (build.status !== 0) {
    console.error("limber: the web app did not build; serving the API with a page that says so.");
  }
}

/**
 * The CLI as one CommonJS file (`main`), and beside it the start's first step (`prestart`,
 * packages/cli/src/serve-prestart.ts, which begins opening the store before `main` has loaded), or
 * undefined when they cannot be made (then tsx runs the sources).
 */
export async function serverBundle() {
  const sources = ["core", "server", "cli"].map((name) => join(root, "packages", name, "src"));
  const made = { main: bundle, prestart: prestartBundle };
  const sourcesTime = newestOf([...sources, join(root, "package-lock.json")]);
  if (![bundle, prestartBundle].some((file) => isOlderThan(file, sourcesTime))) return made;
  try {
    const { build } = await import("esbuild");
    await build({
      entryPoints: {
        limber: join(root, "packages", "cli", "src", "main.ts"),
        "serve-prestart": join(root, "packages", "cli", "src", "serve-prestart.ts"),
      },
      outdir: bundleDir,
      outExtension: { ".js": ".cjs" },
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      // PGlite finds its WebAssembly and data files beside its own modules; pg-native is optional.
      external: ["@electric-sql/pglite", "@electric-sql/pglite/*", "pg-native"],
      // The sources are ES modules: what they read from import.meta is given its CommonJS equivalent.
      define: { "import.meta.url": "limberBundleUrl", "import.meta.dirname": "__dirname" },
      banner: { js: "const limberBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
      logLevel: "error",
    });
    return made;
  } catch (error) {
    console.error(`limber: running from sources (could not bundle: ${error.message})`);
    return undefined;
  }
}
