/**
 * The JavaScript a browser must fetch before the first screen can run: the entry script of index.html and
 * every chunk it imports statically (Vite's manifest lists them), never the lazily imported routes.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

type ManifestChunk = {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
};
type Manifest = Record<string, ManifestChunk>;

export type CriticalJavaScript = {
  readonly files: readonly { readonly file: string; readonly bytes: number; readonly gzipBytes: number }[];
  readonly bytes: number;
  readonly gzipBytes: number;
  /** Every other JavaScript file in the build: loaded later, on demand. */
  readonly lazyGzipBytes: number;
};

// Default zlib level (6), what a server compressing on the fly sends: a fair, not flattering, figure.
const gzipSize = (content: Buffer) => gzipSync(content).byteLength;

/** Script and modulepreload URLs that index.html itself asks for. */
function scriptsOfIndex(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) if (match[1]) found.push(match[1]);
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) {
    if (match[1]) found.push(match[1]);
  }
  return found.map((url) => url.replace(/^\//, ""));
}

function staticClosure(manifest: Manifest): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return files;
}

export async function measureCriticalJavaScript(dist: string): Promise<CriticalJavaScript> {
  const html = await readFile(join(dist, "index.html"), "utf8");
  const manifest = JSON.parse(await readFile(join(dist, ".vite/manifest.json"), "utf8")) as Manifest;
  const critical = new Set(
    [...scriptsOfIndex(html), ...staticClosure(manifest)].filter((f) => f.endsWith(".js")),
  );
  const files = await Promise.all(
    [...critical].sort().map(async (file) => {
      const content = await readFile(join(dist, file));
      return { file, bytes: content.byteLength, gzipBytes: gzipSize(content) };
    }),
  );
  let lazyGzipBytes = 0;
  for (const chunk of Object.values(manifest)) {
    if (chunk.file.endsWith(".js") && !critical.has(chunk.file)) {
      lazyGzipBytes += gzipSize(await readFile(join(dist, chunk.file)));
    }
  }
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    lazyGzipBytes,
  };
}
