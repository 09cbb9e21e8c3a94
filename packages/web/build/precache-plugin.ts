/**
 * A Vite build plugin that writes `sw.js`: the service worker template with the list of every file the
 * build produced (plus the public folder) to precache, and a version derived from that list's contents,
 * so each new build installs as a new worker and an unchanged build does not.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";

const TEMPLATE = new URL("../src/pwa/service-worker.js", import.meta.url);

/** Files the app never fetches at run time: the build manifest and source maps. */
export function isPrecached(fileName: string): boolean {
  return !fileName.startsWith(".vite/") && !fileName.endsWith(".map") && fileName !== "sw.js";
}

function listFiles(root: string): string[] {
  let found: string[] = [];
  try {
    for (const entry of readdirSync(root)) {
      const path = join(root, entry);
      found = statSync(path).isDirectory() ? [...found, ...listFiles(path)] : [...found, path];
    }
  } catch {
    return [];
  }
  return found;
}

/** The worker's source with the precache list and version filled in. */
export function renderServiceWorker(
  template: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  base = "/",
): string {
  const urls = [...files.keys()]
    .filter(isPrecached)
    .sort()
    .map((name) => `${base}${name}`);
  const hash = createHash("sha256");
  for (const name of [...files.keys()].sort()) {
    hash.update(name);
    hash.update(files.get(name) ?? "");
  }
  const version = hash.digest("hex").slice(0, 16);
  return template
    .replace('"__LIMBER_VERSION__"', JSON.stringify(version))
    .replace('["__LIMBER_PRECACHE__"]', JSON.stringify(urls));
}

export function limberServiceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "limber-service-worker",
    apply: "build",
    enforce: "post",
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const files = new Map<string, string | Uint8Array>();
      for (const [fileName, output] of Object.entries(bundle)) {
        files.set(fileName, output.type === "chunk" ? output.code : output.source);
      }
      if (config.publicDir) {
        for (const path of listFiles(config.publicDir)) {
          files.set(relative(config.publicDir, path).split(sep).join("/"), readFileSync(path));
        }
      }
      // The app shell is cached under this name (hash routing: one page serves every screen).
      if (!files.has("index.html"))
        this.warn("index.html is not in the bundle yet; the shell is precached by name");
      files.set("index.html", files.get("index.html") ?? "");
      this.emitFile({
        type: "asset",
        fileName: "sw.js",
        source: renderServiceWorker(readFileSync(TEMPLATE, "utf8"), files, config.base),
      });
    },
  };
}
