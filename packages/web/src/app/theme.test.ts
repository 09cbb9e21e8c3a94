import { describe, expect, it } from "vitest";
import { applyTheme } from "./theme";

describe("the theme setting", () => {
  it("forces light or dark, and follows the device when set to system", () => {
    const root = document.createElement("html");
    applyTheme("dark", root);
    expect(root.dataset.theme).toBe("dark");
    applyTheme("light", root);
    expect(root.dataset.theme).toBe("light");
    applyTheme("system", root);
    expect(root.dataset.theme).toBeUndefined();
  });
});
