/**
 * Answers the safety screening the way a person does: one question at a time, by its visible wording, one
 * tap per answer. The screening ends at the first emergency "yes" (C-screening-stops-at-emergency).
 */
import { SCREENING_ITEMS, type ScreeningLinkId } from "@limber/core/screening/questionnaire";
import type { Page } from "playwright-core";

export const QUESTION_COUNT = SCREENING_ITEMS.length;

/** The linkId of the question on screen, found by its wording (so the test notices a reworded question). */
export async function currentQuestion(page: Page): Promise<ScreeningLinkId> {
  const text = (await page.getByTestId("screening-question").textContent())?.trim();
  const item = SCREENING_ITEMS.find((candidate) => candidate.question === text);
  if (!item) throw new Error(`the screen asks a question the core does not define: "${text}"`);
  return item.linkId;
}

/** Waits until question `n` (1-based) is on screen. */
export async function waitForQuestion(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (want) => document.querySelector('[data-testid="screening-progress"]')?.textContent === want,
    `Question ${n} of ${QUESTION_COUNT}`,
  );
}

/** Taps "Yes" or "No" for the question on screen. */
export async function answerQuestion(page: Page, yes: boolean): Promise<void> {
  await page.getByTestId(yes ? "screening-yes" : "screening-no").click();
}

/**
 * Answers from the first question, "yes" only to `yes`: every question, or up to the first emergency
 * "yes", where the screening ends and the outcome follows.
 */
export async function answerScreening(page: Page, yes: readonly ScreeningLinkId[] = []): Promise<void> {
  await page.goto("/#/screening");
  for (let asked = 1; asked <= QUESTION_COUNT; asked += 1) {
    await waitForQuestion(page, asked);
    const linkId = await currentQuestion(page);
    const item = SCREENING_ITEMS.find((candidate) => candidate.linkId === linkId);
    await answerQuestion(page, yes.includes(linkId));
    if (item?.severity === "emergency" && yes.includes(linkId)) return;
  }
}
