// `npm start`: build the web app when its build is missing or older than its sources, then run
// `limber serve` (PGlite in ./limber-data unless DATABASE_URL is set). Extra arguments go to `limber serve`.
//
// Start-up speed: loading a few hundred TypeScript modules through tsx costs more than everything else a
// start does, so the CLI and server are bundled into one file (esbuild, rebuilt when a source is newer)
// and run with plain Node. Without esbuild, or if bundling fails, the sources run through tsx as before.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(root, "packages", "web");
const webBuild = join(web, "dist", "index.html");
const bundle = join(root, "packages", "server", ".bundle", "limber.mjs");

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

const isOlderThan = (file, sources) =>
  !existsSync(file) || Math.max(...sources.map(newest)) > statSync(file).mtimeMs;

function buildWebApp() {
  if (!existsSync(join(web, "package.json"))) {
    console.error("limber: there is no web app package yet; serving the API only.");
    return;
  }
  const sources = ["src", "public", "index.html", "vite.config.ts", "package.json"].map((p) => join(web, p));
  if (!isOlderThan(webBuild, [...sources, join(root, "packages", "core", "src")])) return;
  console.error("limber: building the web app (npm run build -w @limber/web)...");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  // The build's chatter goes to stderr, so the first URL on standard output is the server's.
  const build = spawnSync(npm, ["run", "build", "-w", "@limber/web"], { cwd: root, stdio: ["ignore", 2, 2] });
  if (build.status !== 0) {
    console.error("limber: the web app did not build; serving the API with a page that says so.");
  }
}

/** The CLI as one ESM file, or undefined when it cannot be made (then tsx runs the sources). */
async function serverBundle() {
  const sources = ["core", "server", "cli"].map((name) => join(root, "packages", name, "src"));
  if (!isOlderThan(bundle, [...sources, join(root, "package-lock.json")])) return bundle;
  try {
    const { build } = await import("esbuild");
    await build({
      entryPoints: [join(root, "packages", "cli", "src", "main.ts")],
      outfile: bundle,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      // PGlite finds its WebAssembly and data files beside its own modules; pg-native is optional.
      external: ["@electric-sql/pglite", "@electric-sql/pglite/*", "pg-native"],
      banner: {
        js: "import { createRequire as limberRequire } from 'node:module'; const require = limberRequire(import.meta.url);",
      },
      logLevel: "error",
    });
    return bundle;
  } catch (error) {
    console.error(`limber: running from sources (could not bundle: ${error.message})`);
    return undefined;
  }
}

buildWebApp();
const args = ["serve", ...process.argv.slice(2)];
const bundled = await serverBundle();
if (bundled) {
  process.argv = [process.argv[0], bundled, ...args];
  const { main } = await import(pathToFileURL(bundled).href);
  await main();
} else {
  process.argv = [process.argv[0], join(root, "packages", "cli", "bin", "limber.js"), ...args];
  await import("../packages/cli/bin/limber.js");
}
