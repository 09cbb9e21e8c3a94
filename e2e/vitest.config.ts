import { accessSync, constants } from "node:fs";
import { defineProject } from "vitest/config";

// Decided once, at collection time: without Chromium (and outside CI) only browser.e2e.test.ts runs, and it
// says why in one line. Kept inline (not imported from harness/chromium) because Vite's config loader
// warns about extensionless imports; harness/chromium.ts holds the same path and message for the tests.
function hasChromium(): boolean {
  try {
    accessSync("/usr/bin/chromium", constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
const available = hasChromium();
if (!available && process.env.LIMBER_REQUIRE_BROWSER !== "1") {
  console.warn("browser tests not run: /usr/bin/chromium not found; install Debian's chromium");
}

export default defineProject({
  test: {
    name: "e2e",
    environment: "node",
    // LIMBER_E2E_LIST_ALL=1 is for `vitest list` only: scripts/test.mjs lists every browser test without
    // Chromium to count those not run, so the final summary says how many were left out.
    include:
      available || process.env.LIMBER_E2E_LIST_ALL === "1" ? ["**/*.e2e.test.ts"] : ["browser.e2e.test.ts"],
    globalSetup: ["./global-setup.ts"],
    testTimeout: 90_000,
    hookTimeout: 240_000,
  },
});
