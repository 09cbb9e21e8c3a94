import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserSuite } from "./harness/browser-suite";
import { QUESTION_COUNT, waitForQuestion } from "./harness/screening-journey";

const suite = useBrowserSuite();

/** Presses Tab until the control is focused, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, testId: string): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);
    if (focused === testId) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${testId} cannot be reached with the Tab key`);
}

/**
 * Waits until a navigation has moved focus to the new screen's heading (or the element it names), as a
 * keyboard user hears it. Tabbing before then races the move: focus would leave the control just reached.
 */
async function waitForScreenFocus(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.matches("h1, [data-route-focus]") === true);
}

describe("keyboard alone", () => {
  it("goes from the home screen through the screening into a session, and stops it with Escape", async () => {
    const { page } = await suite.open();
    await page.goto("/");
    await page.getByTestId("home-start-screening").waitFor();
    await tabTo(page, "home-start-screening");
    await page.keyboard.press("Enter");

    for (let asked = 1; asked <= QUESTION_COUNT; asked += 1) {
      await waitForQuestion(page, asked);
      await waitForScreenFocus(page);
      // One key press per answer: Tab to "No", Enter answers and moves on.
      await tabTo(page, "screening-no");
      await page.keyboard.press("Enter");
    }
    await page.getByTestId("outcome-self-care").waitFor();
    await waitForScreenFocus(page);

    await tabTo(page, "choose-technique");
    await page.keyboard.press("Enter");
    await page.getByTestId("start-session-thoracic-foam-roll").waitFor();
    await waitForScreenFocus(page);
    await tabTo(page, "start-session-thoracic-foam-roll");
    await page.keyboard.press("Enter");
    await page.getByTestId("session-begin").waitFor();
    await waitForScreenFocus(page);
    await tabTo(page, "session-begin");
    await page.keyboard.press("Enter");
    await page.getByTestId("guided-session").waitFor();
    // A step the article does not time waits: Space says "I'm in position".
    expect(await page.getByTestId("session-step-title").textContent()).toMatch(/Step 1 of 5/);
    await page.keyboard.press("Space");
    await expect.poll(() => page.getByTestId("session-step-title").textContent()).toMatch(/Step 2 of 5/);

    await page.keyboard.press("Escape");
    await page.getByTestId("session-stopped-for-pain").waitFor();
  });

  it("opens the phone menu, reaches a link in it and closes it with Escape, back on the Menu button", async () => {
    const { page } = await suite.open({ phone: true });
    await page.goto("/");
    await page.locator("#app[data-booted]").waitFor({ state: "attached" });
    const menu = page.getByTestId("nav-menu");
    const journal = page.getByRole("link", { name: "Journal", exact: true });
    expect(await journal.isVisible()).toBe(false);
    await tabTo(page, "nav-menu");
    await page.keyboard.press("Enter");
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Home");
    await page.keyboard.press("Escape");
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("nav-menu");
    expect(await journal.isVisible()).toBe(false);
  });
});
