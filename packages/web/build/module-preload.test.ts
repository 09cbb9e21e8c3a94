import { describe, expect, it } from "vitest";
import { preloadFromHtmlOnly } from "./module-preload";

const dependencies = ["assets/preact.js", "assets/store.js"];

describe("which modules are preloaded", () => {
  it("keeps every preload index.html asks for: the first screen's code is on its critical path", () => {
    expect(
      preloadFromHtmlOnly("assets/index.js", dependencies, { hostId: "index.html", hostType: "html" }),
    ).toEqual(dependencies);
  });

  it("preloads none of a lazily loaded screen's JavaScript by script: the browser fetches each import as it reads it", () => {
    expect(
      preloadFromHtmlOnly("assets/JournalRoute.js", dependencies, {
        hostId: "assets/boot.js",
        hostType: "js",
      }),
    ).toEqual([]);
  });
});
