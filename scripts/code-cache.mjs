// Loads a CommonJS file with V8's code cache, so a start does not parse and compile the server's 4 MB
// bundle again (issue 19: ready on existing data within 1 s). Node 20 has no compile cache for ES modules
// (module.enableCompileCache came in Node 22), hence a CommonJS bundle run through vm.Script.
//
// The cache is made once the file has run, so it also holds the functions its top level compiled. It is kept
// beside the file behind two SHA-256 digests, of the source and of the cache's own bytes: V8 checks only the
// source's length (and no checksum of its data in release builds), and neither a rebuilt bundle of the same
// length nor a damaged file may ever run as cached code.
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire, Module } from "node:module";
import { dirname } from "node:path";
import vm from "node:vm";

const HASH_BYTES = 32;
const sha256 = (bytes) => createHash("sha256").update(bytes).digest();

/** The cache's bytes for `sourceHash`, or undefined when there is none, it is damaged or of other source. */
function readCache(cacheFile, sourceHash) {
  let stored;
  try {
    stored = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const data = stored.subarray(2 * HASH_BYTES);
  const matches =
    stored.subarray(0, HASH_BYTES).equals(sourceHash) &&
    stored.subarray(HASH_BYTES, 2 * HASH_BYTES).equals(sha256(data));
  return matches ? data : undefined;
}

function writeCache(cacheFile, sourceHash, data) {
  const partial = `${cacheFile}.${process.pid}.partial`;
  try {
    writeFileSync(partial, Buffer.concat([sourceHash, sha256(data), data]));
    renameSync(partial, cacheFile); // a crash mid-write leaves no half cache under the real name
  } catch {
    // A read-only install only starts slower; there is nothing for the person to do about it.
  }
}

/**
 * Runs `file` as a CommonJS module and returns its exports, with its code cache at `${file}.cache`.
 * @returns {{ exports: Record<string, unknown>, cache: "used" | "made" }}
 */
export function requireWithCodeCache(file) {
  const bytes = readFileSync(file);
  const hash = sha256(bytes);
  const source = bytes.toString("utf8");
  const cacheFile = `${file}.cache`;
  const cachedData = readCache(cacheFile, hash);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} };
  const run = script.runInThisContext();
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const used = cachedData !== undefined && !script.cachedDataRejected;
  if (!used) writeCache(cacheFile, hash, script.createCachedData());
  return { exports: module.exports, cache: used ? "used" : "made" };
}
