/** Getting to a guided session as a person does, and driving it on Playwright's clock. */
import type { TechniqueId } from "@limber/core/journal/events";
import type { Page } from "playwright-core";
import { answerScreening } from "./screening-journey";

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

export async function stepTitle(page: Page): Promise<string> {
  return ((await page.getByTestId("session-step-title").textContent()) ?? "").replace(/\s+/g, " ").trim();
}
