import { describe, expect, it } from "vitest";
import { matchPath, parseHash } from "./router";
import { ROUTES } from "./routes";

describe("hash routing", () => {
  it("reads the path and query from the hash", () => {
    const { path, query } = parseHash("#/check-in?after=abc");
    expect(path).toBe("/check-in");
    expect(query.get("after")).toBe("abc");
  });

  it("treats an empty hash as the home screen and ignores a trailing slash", () => {
    expect(parseHash("").path).toBe("/");
    expect(parseHash("#/journal/").path).toBe("/journal");
  });

  it("matches parameters and decodes them", () => {
    expect(matchPath("/session/:technique", "/session/supine-spinal-twist")).toEqual({
      technique: "supine-spinal-twist",
    });
    expect(matchPath("/session/:technique", "/session")).toBeNull();
    expect(matchPath("/screening", "/screening/result")).toBeNull();
  });

  it("has one route per path", () => {
    const paths = ROUTES.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
