/** Getting to a guided session as a person does, and driving it on Playwright's clock. */
import type { TechniqueId } from "@limber/core/journal/events";
import type { Page } from "playwright-core";
import { answerScreening } from "./screening-journey";

/** The smallest phone the session must fit, held upright. */
export const SMALL_PHONE = { width: 360, height: 640 } as const;

/** Screens with no warning signs, picks the technique and stops at its safety reminder. */
export async function openSafetyReminder(page: Page, technique: TechniqueId): Promise<void> {
  await answerScreening(page, []);
  await page.getByTestId("outcome-self-care").waitFor();
  await page.getByTestId("choose-technique").click();
  await page.getByTestId(`start-session-${technique}`).click();
  await page.getByTestId("safety-reminder").waitFor();
}

/** Stops the page's clock one second from now, so every later moment is set by `runFor`. */
export async function freezeClock(page: Page): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1_000);
}

/** From the safety reminder: freezes the clock and taps start. */
export async function beginSession(page: Page): Promise<void> {
  await freezeClock(page);
  await page.getByTestId("session-begin").click();
  await page.clock.runFor(100);
  await page.getByTestId("guided-session").waitFor();
}

export async function stepTitle(page: Page): Promise<string> {
  return ((await page.getByTestId("session-step-title").textContent()) ?? "").replace(/\s+/g, " ").trim();
}

export async function sessionStatus(page: Page): Promise<string | null> {
  return page.getByTestId("guided-session").getAttribute("data-status");
}

/** 09:00 on the next calendar day in the page's own time zone, as ms since the epoch. */
export async function nextMorning(page: Page): Promise<number> {
  return page.evaluate(() => {
    const morning = new Date();
    morning.setDate(morning.getDate() + 1);
    morning.setHours(9, 0, 0, 0);
    return morning.getTime();
  });
}

/**
 * Waits until the screen after a session says what became of its journal write: the screen itself comes at
 * once (the stop already held in the browser's storage), the write's answer (and the ending's words) a
 * moment later.
 */
export async function outcomeSaved(page: Page): Promise<void> {
  await page.locator('[data-testid="session-save-status"]:not([data-saved="pending"])').waitFor();
}
