// @vitest-environment node
/// <reference types="node" />
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isPrecached, renderServiceWorker } from "./precache-plugin";

const template = readFileSync(new URL("../src/pwa/service-worker.js", import.meta.url), "utf8");
const build = new Map<string, string>([
  ["index.html", "<html>"],
  ["assets/index-abc.js", "app"],
  ["assets/JournalRoute-def.js", "journal"],
  ["assets/index-abc.css", "css"],
  [".vite/manifest.json", "{}"],
  ["assets/index-abc.js.map", "{}"],
  ["manifest.webmanifest", "{}"],
]);

const precacheOf = (source: string) => JSON.parse(/const PRECACHE = (\[.*\]);/.exec(source)?.[1] ?? "null");
const versionOf = (source: string) => /const VERSION = "([0-9a-f]+)";/.exec(source)?.[1];

describe("the service worker build", () => {
  it("precaches the shell, every lazy screen and the manifest, but not source maps or the build manifest", () => {
    expect(precacheOf(renderServiceWorker(template, build))).toEqual([
      "/assets/JournalRoute-def.js",
      "/assets/index-abc.css",
      "/assets/index-abc.js",
      "/index.html",
      "/manifest.webmanifest",
    ]);
  });

  it("changes version when any built file changes, so the new build installs", () => {
    const before = versionOf(renderServiceWorker(template, build));
    const after = versionOf(
      renderServiceWorker(template, new Map([...build, ["index.html", "<html lang>"]])),
    );
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    expect(after).not.toBe(before);
    expect(versionOf(renderServiceWorker(template, new Map(build)))).toBe(before);
  });

  it("never precaches itself", () => {
    expect(isPrecached("sw.js")).toBe(false);
  });

  it("leaves /api/ requests to the network and never caches them", () => {
    expect(template).toMatch(/url\.pathname\.startsWith\("\/api\/"\)[^\n]*return;/);
  });
});
