/**
 * Everything a browser must fetch before the first screen is drawn in its own font and can run: the
 * critical JavaScript (critical-javascript.ts), the CSS index.html carries in `<style>` or links, and the
 * fonts it preloads. JS and CSS count gzipped (level 6, what a server compressing on the fly sends); woff2 files are
 * already Brotli-compressed inside, so they count as they are.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type CriticalJavaScript, measureCriticalJavaScript } from "./critical-javascript";

export type CriticalFile = { readonly file: string; readonly bytes: number; readonly gzipBytes: number };

export type CriticalPath = {
  readonly javascript: CriticalJavaScript;
  readonly css: readonly CriticalFile[];
  readonly fonts: readonly CriticalFile[];
  /** JavaScript + CSS + fonts, as sent. */
  readonly totalGzipBytes: number;
};

function linked(html: string, rel: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && new RegExp(`\\brel="${rel}"`).test(tag)) found.push(href.replace(/^\//, ""));
  }
  return found;
}

async function sizeOf(dist: string, file: string, compress: boolean): Promise<CriticalFile> {
  const content = await readFile(join(dist, file));
  return {
    file,
    bytes: content.byteLength,
    gzipBytes: compress ? gzipSync(content).byteLength : content.byteLength,
  };
}

export async function measureCriticalPath(dist: string): Promise<CriticalPath> {
  const html = await readFile(join(dist, "index.html"), "utf8");
  const javascript = await measureCriticalJavaScript(dist);
  const inline = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, rules = ""], index) => {
    const content = Buffer.from(rules);
    return {
      file: `index.html <style> ${index + 1}`,
      bytes: content.byteLength,
      gzipBytes: gzipSync(content).byteLength,
    };
  });
  const linkedCss = await Promise.all(linked(html, "stylesheet").map((file) => sizeOf(dist, file, true)));
  const css = [...inline, ...linkedCss];
  const fonts = await Promise.all(
    linked(html, "preload")
      .filter((file) => file.endsWith(".woff2"))
      .map((file) => sizeOf(dist, file, false)),
  );
  const sum = (files: readonly CriticalFile[]) => files.reduce((total, f) => total + f.gzipBytes, 0);
  return { javascript, css, fonts, totalGzipBytes: javascript.gzipBytes + sum(css) + sum(fonts) };
}
