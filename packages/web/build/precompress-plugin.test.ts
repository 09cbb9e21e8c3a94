import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { precompressDirectory } from "./precompress-plugin";

describe("precompressDirectory", () => {
  it("writes Brotli and gzip copies of text files that decompress to the original, and leaves the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), "limber-precompress-"));
    mkdirSync(join(dir, "assets"));
    mkdirSync(join(dir, ".vite"));
    const script = "export const steps = [];\n".repeat(100);
    writeFileSync(join(dir, "assets", "index.js"), script);
    writeFileSync(join(dir, "assets", "icon.png"), Buffer.alloc(4096));
    writeFileSync(join(dir, "tiny.css"), "a{}");
    writeFileSync(join(dir, ".vite", "manifest.json"), "{}".padEnd(2048));

    expect(precompressDirectory(dir)).toBe(1);
    expect(brotliDecompressSync(readFileSync(join(dir, "assets", "index.js.br"))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(dir, "assets", "index.js.gz"))).toString()).toBe(script);
    expect(() => readFileSync(join(dir, "assets", "icon.png.br"))).toThrow();
    expect(() => readFileSync(join(dir, "tiny.css.br"))).toThrow();
    expect(() => readFileSync(join(dir, ".vite", "manifest.json.br"))).toThrow();
  });
});
