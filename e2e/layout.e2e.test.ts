import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./harness/chromium";
import { findLayoutProblems, markPrerenderedNodes } from "./harness/page-probes";
import { DESKTOP, openTourPage, PHONE_SMALL, TOUR, type TourViewport } from "./harness/screen-tour";

const baseURL = inject("baseURL");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Tours every screen at a size and collects what `probe` finds on each, prefixed with the screen's name. */
async function tour(size: TourViewport, probe: (page: import("playwright-core").Page) => Promise<string[]>) {
  const { context, page } = await openTourPage(browser, baseURL, size, "light");
  try {
    const found: string[] = [];
    for (const stop of TOUR) {
      await stop.visit(page);
      found.push(...(await probe(page)).map((finding) => `${stop.name}: ${finding}`));
    }
    return found;
  } finally {
    await context.close();
  }
}

describe("layout on every screen", () => {
  for (const size of [PHONE_SMALL, DESKTOP]) {
    it(`lets no control overlap another, and gives every target 44 px (a citation 24 px) at ${size.width} x ${size.height}`, async () => {
      const found = await tour(size, async (page) => {
        const { overlaps, smallTargets } = await page.evaluate(findLayoutProblems);
        return [
          ...overlaps.map((o) => `overlap ${o.what} (${o.detail})`),
          ...smallTargets.map((s) => `small target ${s.what} (${s.detail})`),
        ];
      });
      expect(found).toEqual([]);
    }, 240_000);
  }

  it("never scrolls sideways at 320 px", async () => {
    const found = await tour({ width: 320, height: 640 }, async (page) => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      return width > 320 ? [`${width} px wide`] : [];
    });
    expect(found).toEqual([]);
  }, 240_000);
});

describe("the first screen", () => {
  it("is painted from the HTML alone, with the same heading and first paragraph the app shows", async () => {
    const headline = async (javaScriptEnabled: boolean) => {
      const context = await browser.newContext({ baseURL, javaScriptEnabled, viewport: PHONE_SMALL });
      try {
        const page = await context.newPage();
        await page.goto("/");
        if (javaScriptEnabled) await page.getByTestId("home-start-screening").waitFor();
        return [
          await page.locator("#main h1").textContent(),
          await page.locator("#main p").first().textContent(),
        ];
      } finally {
        await context.close();
      }
    };
    const withoutScript = await headline(false);
    expect(withoutScript[0]?.length).toBeGreaterThan(10);
    expect(withoutScript[1]?.length).toBeGreaterThan(40);
    expect(withoutScript).toEqual(await headline(true));
  });

  it("is styled by rules inside the page, which the server's CSP allows by hash, with no stylesheet to wait for", async () => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: PHONE_SMALL });
    try {
      const page = await context.newPage();
      const refused: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      const response = await page.goto("/");
      expect(response?.headers()["content-security-policy"]).toMatch(/style-src 'self' 'sha256-[\w+/=]+'/);
      expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
      // The design system's body font and the brand's button colour, only there if the inline rules applied.
      const styled = await page.evaluate(() => ({
        font: getComputedStyle(document.body).fontFamily,
        button: getComputedStyle(document.querySelector('[data-testid="home-start-screening"]') as Element)
          .backgroundColor,
      }));
      expect(styled.font).toContain("Atkinson Next");
      expect(styled.button).not.toBe("rgba(0, 0, 0, 0)");
      expect(refused).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("starts the app and links the install manifest only once the first frame has been painted", async () => {
    const context = await browser.newContext({ baseURL, viewport: PHONE_SMALL });
    try {
      const page = await context.newPage();
      await page.goto("/");
      await page.locator("#app[data-booted]").waitFor({ state: "attached" });
      await page.locator('link[rel="manifest"]').waitFor({ state: "attached" });
      const timing = await page.evaluate(() => ({
        firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
        appRequested: (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
          .filter((entry) => /\/assets\/boot-[\w-]+\.js$/.test(entry.name))
          .map((entry) => entry.startTime),
      }));
      expect(timing.appRequested).toHaveLength(1);
      expect(timing.appRequested[0]).toBeGreaterThan(timing.firstPaint);
    } finally {
      await context.close();
    }
  });

  it("is taken over by the app without replacing its heading or first paragraph (no flash)", async () => {
    const { context, page } = await openTourPage(browser, baseURL, PHONE_SMALL, "light");
    try {
      await page.addInitScript(markPrerenderedNodes);
      await page.goto("/");
      await page.getByTestId("home-start-screening").waitFor();
      const kept = await page.evaluate(() => {
        const marked = (window as unknown as { __limberPrerendered?: (Element | null)[] })
          .__limberPrerendered;
        return [
          marked?.[0] != null && marked[0] === document.querySelector("#main h1"),
          marked?.[1] != null && marked[1] === document.querySelector("#main p"),
        ];
      });
      expect(kept).toEqual([true, true]);
    } finally {
      await context.close();
    }
  });
});
