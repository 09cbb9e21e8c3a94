import type { Browser, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./harness/chromium";
import { DESKTOP, openTourPage, PHONE, PHONE_SMALL, TOUR, type TourViewport } from "./harness/screen-tour";
import { compareWithBaseline, diffRatio, MAX_DIFF_RATIO } from "./harness/visual-baseline";

const baseURL = inject("baseURL");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The viewport as it is, animations finished and the caret hidden, at one device pixel per CSS pixel. */
async function capture(page: Page): Promise<Buffer> {
  return page.screenshot({ animations: "disabled", caret: "hide", scale: "css" });
}

const SIZES: readonly TourViewport[] = [PHONE_SMALL, PHONE, DESKTOP];
const SCHEMES = ["light", "dark"] as const;

describe("every screen looks as its committed baseline", () => {
  for (const size of SIZES) {
    for (const scheme of SCHEMES) {
      const label = `${size.width}x${size.height}-${scheme}`;
      it(`matches the baselines of all ${TOUR.length} screens at ${size.width} x ${size.height}, ${scheme}`, async () => {
        const { context, page } = await openTourPage(browser, baseURL, size, scheme);
        try {
          const failures: string[] = [];
          for (const stop of TOUR) {
            await stop.visit(page);
            const result = await compareWithBaseline(`${stop.name}-${label}`, await capture(page));
            if (!result.ok) failures.push(result.message);
          }
          expect(failures).toEqual([]);
        } finally {
          await context.close();
        }
      }, 240_000);
    }
  }
});

describe("the comparison itself", () => {
  it("passes a screen against itself and fails one whose heading changed", async () => {
    const { context, page } = await openTourPage(browser, baseURL, PHONE_SMALL, "light");
    try {
      const [home] = TOUR;
      if (!home) throw new Error("the tour is empty");
      await home.visit(page);
      const before = PNG.sync.read(await capture(page));
      expect(diffRatio(PNG.sync.read(await capture(page)), before)).toBe(0);
      await page.evaluate(() => {
        const heading = document.querySelector("h1");
        if (heading) heading.textContent = "A different heading, drawn much larger than before";
      });
      const after = PNG.sync.read(await capture(page));
      expect(diffRatio(after, before)).toBeGreaterThan(MAX_DIFF_RATIO);
    } finally {
      await context.close();
    }
  });
});
