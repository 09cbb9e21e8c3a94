import { describe, expect, it } from "vitest";
import { browserAvailability, CHROMIUM_PATH, launchChromium, MISSING_BROWSER_LINE } from "./harness/chromium";

const availability = browserAvailability();

describe("the browser the end-to-end suite drives", () => {
  if (availability.kind === "missing-allowed") {
    it(MISSING_BROWSER_LINE, () => {
      expect(browserAvailability({ LIMBER_REQUIRE_BROWSER: "1" }).kind).toBe("missing-required");
    });
  } else if (availability.kind === "missing-required") {
    it("is installed, because LIMBER_REQUIRE_BROWSER=1 makes browser tests mandatory", () => {
      expect.fail(`${CHROMIUM_PATH} not found; install Debian's chromium (apt-get install chromium)`);
    });
  } else {
    it(`launches headless from ${CHROMIUM_PATH} and runs a page`, async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.setContent("<p>ready</p>");
        expect(await page.textContent("p")).toBe("ready");
        expect(browser.version()).toMatch(/^\d+\./);
      } finally {
        await browser.close();
      }
    });
  }
});
