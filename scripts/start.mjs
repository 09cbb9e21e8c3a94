// `npm start`: build the web app when its build is missing or older than its sources, then run
// `limber serve` (PGlite in ./limber-data unless DATABASE_URL is set). Extra arguments go to `limber serve`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const web = join(root, "packages", "web");
const built = join(web, "dist", "index.html");

/** The newest modification time under `path`, skipping dependencies and build output. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry === "dist") continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

function webBuildIsStale() {
  if (!existsSync(built)) return true;
  const sources = ["src", "public", "index.html", "vite.config.ts", "package.json"].map((p) =>
    newest(join(web, p)),
  );
  return Math.max(...sources, newest(join(root, "packages", "core", "src"))) > statSync(built).mtimeMs;
}

if (!existsSync(join(web, "package.json"))) {
  console.error("limber: there is no web app package yet; serving the API only.");
} else if (webBuildIsStale()) {
  console.error("limber: building the web app (npm run build -w @limber/web)...");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const build = spawnSync(npm, ["run", "build", "-w", "@limber/web"], {
    cwd: root,
    // The build's chatter goes to stderr, so the first URL on standard output is the server's.
    stdio: ["ignore", 2, 2],
  });
  if (build.status !== 0) {
    console.error("limber: the web app did not build; serving the API with a page that says so.");
  }
}

process.argv = [
  process.argv[0],
  join(root, "packages", "cli", "bin", "limber.js"),
  "serve",
  ...process.argv.slice(2),
];
await import("../packages/cli/bin/limber.js");
