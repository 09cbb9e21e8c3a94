import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import { useBrowserSuite } from "./harness/browser-suite";
import { answerScreening } from "./harness/screening-journey";

const suite = useBrowserSuite();

/** Every screen, each with an element that shows it has rendered. The screening comes first (techniques need it). */
const SCREENS = [
  { path: "/#/", ready: "home-continue" },
  { path: "/#/screening", ready: "screening-question" },
  { path: "/#/screening/result", ready: "outcome-self-care" },
  { path: "/#/techniques", ready: "start-session-supine-spinal-twist" },
  { path: "/#/session/thoracic-foam-roll", ready: "safety-reminder" },
  { path: "/#/explain/pop", ready: "pop-key-message" },
  { path: "/#/explain/help", ready: "help-title" },
  { path: "/#/settings", ready: "settings-title" },
  { path: "/#/journal", ready: "urge-button" },
  { path: "/#/check-in", ready: "checkin-submit" },
  { path: "/#/account", ready: "sign-up-submit" },
  { path: "/#/summary", ready: "download-json" },
  { path: "/#/sources", ready: "sources-title" },
  { path: "/#/sources?source=P13", ready: "source-P13" },
] as const;

async function visit(page: Page, screen: (typeof SCREENS)[number]): Promise<void> {
  await page.goto(screen.path);
  await page.locator(`[data-testid="${screen.ready}"], #${screen.ready}`).first().waitFor();
}

async function withSelfCareScreening(page: Page): Promise<void> {
  await answerScreening(page, []);
  await page.getByTestId("outcome-self-care").waitFor();
}

/** A screening, a check-in and an urge, so the journal and summary show their charts and tables. */
async function withRecord(page: Page): Promise<void> {
  await withSelfCareScreening(page);
  await page.goto("/#/check-in");
  await page.getByTestId("stiffness-4").check();
  await page.getByTestId("pain-2").check();
  await page.getByTestId("checkin-submit").click();
  await page.getByRole("heading", { name: "Check-in saved" }).waitFor();
  await page.goto("/#/journal");
  await page.getByTestId("urge-button").click();
}

describe("accessibility on every screen", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations (WCAG 2.2 AA) on any screen in the ${colorScheme} theme`, async () => {
      const { page } = await suite.open({ phone: true });
      await page.emulateMedia({ colorScheme });
      await withRecord(page);
      const found: Record<string, unknown> = {};
      for (const screen of SCREENS) {
        await visit(page, screen);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[screen.path] = violations;
      }
      expect(found).toEqual({});
      // Fourteen screens, each checked by axe: give a busy machine time.
    }, 240_000);
  }

  it("reflows at 320 CSS px (200% zoom and beyond) without sideways scrolling", async () => {
    const { page } = await suite.open();
    await page.setViewportSize({ width: 320, height: 640 });
    await withRecord(page);
    const overflowing: string[] = [];
    for (const screen of SCREENS) {
      await visit(page, screen);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) overflowing.push(`${screen.path}: ${width}px`);
    }
    expect(overflowing).toEqual([]);
  });

  it("gives every button and button-styled link a touch target of at least 44 px", async () => {
    const { page } = await suite.open({ phone: true });
    await withRecord(page);
    const small: string[] = [];
    for (const screen of SCREENS) {
      await visit(page, screen);
      const found = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("button, a.button, [role=button]")]
          .filter((element) => element.offsetParent !== null)
          .map((element) => ({ element, box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ element, box }) => `${element.textContent?.trim()} (${box.width}x${box.height})`),
      );
      small.push(...found.map((text) => `${screen.path}: ${text}`));
    }
    expect(small).toEqual([]);
  });

  it("announces a session's phase changes through the polite live region, not every second", async () => {
    const { page } = await suite.open({ controlledClock: true });
    await withSelfCareScreening(page);
    await page.goto("/#/session/supine-spinal-twist");
    const now = await page.evaluate(() => Date.now());
    await page.clock.pauseAt(now + 1_000);
    await page.getByTestId("session-begin").click();
    const region = page.getByTestId("live-region");
    expect(await region.getAttribute("aria-live")).toBe("polite");
    await page.clock.runFor(5_000);
    const duringStep = await region.textContent();
    await page.clock.runFor(5_000);
    expect(await region.textContent()).toBe(duringStep);
    await page.getByTestId("session-next").click();
    await page.clock.runFor(100);
    expect(await region.textContent()).toMatch(/Step 2 of 7/);
  });
});
