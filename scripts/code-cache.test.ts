import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { requireWithCodeCache } from "./code-cache.mjs";

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "limber-code-cache-"));
  file = join(dir, "bundle.cjs");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Enough code that V8 compiles something worth caching, ending in what the module exports.
const bundle = (answer: string) =>
  `const path = require("node:path");\nfunction greet(name) { return "${answer} " + name; }\n` +
  `module.exports = { greet, here: path.basename(__filename), dir: __dirname };\n`;

describe("starting the server bundle from V8's code cache", () => {
  it("runs the file as a CommonJS module, with require, __filename and __dirname of its own", () => {
    writeFileSync(file, bundle("hello"));
    const { exports } = requireWithCodeCache(file);
    expect((exports.greet as (name: string) => string)("Ana")).toBe("hello Ana");
    expect(exports.here).toBe("bundle.cjs");
    expect(exports.dir).toBe(dir);
  });

  it("makes the cache on the first start and uses it on the next", () => {
    writeFileSync(file, bundle("hello"));
    expect(requireWithCodeCache(file).cache).toBe("made");
    const second = requireWithCodeCache(file);
    expect(second.cache).toBe("used");
    expect((second.exports.greet as (name: string) => string)("Ana")).toBe("hello Ana");
  });

  it("never runs a rebuilt file of the same length with the old file's cached code", () => {
    writeFileSync(file, bundle("hello"));
    requireWithCodeCache(file);
    writeFileSync(file, bundle("howdy")); // the same length: V8's own check would accept the old cache
    const rebuilt = requireWithCodeCache(file);
    expect(rebuilt.cache).toBe("made");
    expect((rebuilt.exports.greet as (name: string) => string)("Ana")).toBe("howdy Ana");
    expect(requireWithCodeCache(file).cache).toBe("used");
  });

  it("makes the cache again when its bytes are damaged", () => {
    writeFileSync(file, bundle("hello"));
    requireWithCodeCache(file);
    const cache = readFileSync(`${file}.cache`);
    cache.fill(7, 80); // the digests intact, the data not
    writeFileSync(`${file}.cache`, cache);
    const damaged = requireWithCodeCache(file);
    expect(damaged.cache).toBe("made");
    expect((damaged.exports.greet as (name: string) => string)("Ana")).toBe("hello Ana");
  });
});
