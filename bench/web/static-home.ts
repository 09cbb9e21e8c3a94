/**
 * The prerendered home with its JavaScript taken out: what the page itself costs on this machine (its HTML,
 * CSS, font and first layout, Chromium's compositing, Lighthouse's own work) before any of the app's code
 * runs. Between it and the empty page, the home's Lighthouse figures split into what the page costs and what
 * the app's JavaScript adds. Served by the same `limber serve` as the app, compressed as the build compresses.
 */

import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { precompressFile } from "../../packages/web/build/precompress-plugin";

function withoutJavaScript(html: string): string {
  const page = html
    .replace(/<script\b[^>]*><\/script>/g, "")
    .replace(/<link rel="modulepreload"[^>]*>/g, "")
    .replace(/<noscript>[\s\S]*?<\/noscript>/g, "");
  if (/<script\b|modulepreload/.test(page)) throw new Error("the home still loads JavaScript");
  return page;
}

/** A copy of `webDist` whose index.html (and its .br and .gz) loads no JavaScript; returns its directory. */
export async function buildStaticHome(webDist: string): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), "limber-bench-static-home-"));
  await cp(webDist, directory, { recursive: true });
  const index = join(directory, "index.html");
  const page = withoutJavaScript(await readFile(index, "utf8"));
  await writeFile(index, page);
  precompressFile(index); // the copies the build wrote are of the page with its scripts
  return directory;
}
