/** Answers the safety screening the way a person does: one question at a time, by its visible wording. */
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

/** Answers every question, "yes" only to `yes`, and submits the last one. */
export async function answerScreening(page: Page, yes: readonly ScreeningLinkId[] = []): Promise<void> {
  await page.goto("/#/screening");
  for (let asked = 0; asked < QUESTION_COUNT; asked += 1) {
    const linkId = await currentQuestion(page);
    await page.getByTestId(yes.includes(linkId) ? "screening-yes" : "screening-no").check();
    await page.getByTestId("screening-next").click();
  }
}
