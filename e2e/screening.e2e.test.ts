import { SCREENING_ITEMS } from "@limber/core/screening/questionnaire";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import { useBrowserSuite } from "./harness/browser-suite";
import { answerScreening, currentQuestion, QUESTION_COUNT } from "./harness/screening-journey";

const suite = useBrowserSuite();

describe("the safety screening in a real browser", () => {
  it("opens on a home screen that offers the screening first, with no axe violations", async () => {
    const { page, screenshot } = await suite.open({ phone: true });
    await page.goto("/");
    await expect.poll(() => page.getByTestId("home-start-screening").isVisible()).toBe(true);
    await screenshot("home");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("asks one question at a time, with help text, and will not go on without an answer", async () => {
    const { page, screenshot } = await suite.open({ phone: true });
    await page.goto("/#/screening");
    const first = await currentQuestion(page);
    expect(first).toBe(SCREENING_ITEMS[0]?.linkId);
    expect(await page.getByTestId("screening-progress").textContent()).toContain(`1 of ${QUESTION_COUNT}`);
    await screenshot("screening-question");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId("screening-next").click();
    await expect.poll(() => page.getByTestId("screening-error").isVisible()).toBe(true);
    expect(await currentQuestion(page)).toBe(first);

    await page.getByTestId("screening-no").check();
    await page.getByTestId("screening-next").click();
    expect(await currentQuestion(page)).toBe(SCREENING_ITEMS[1]?.linkId);
  });

  it("can be answered with the keyboard alone", async () => {
    const { page } = await suite.open();
    await page.goto("/#/screening");
    await page.getByTestId("screening-no").focus();
    await page.keyboard.press("Space");
    expect(await page.getByTestId("screening-no").isChecked()).toBe(true);
    await page.getByTestId("screening-next").focus();
    await page.keyboard.press("Enter");
    expect(await currentQuestion(page)).toBe(SCREENING_ITEMS[1]?.linkId);
  });

  it("sends anyone reporting saddle numbness to emergency care and offers no technique", async () => {
    const { page, screenshot } = await suite.open({ phone: true });
    await answerScreening(page, ["saddle-numbness"]);
    const outcome = page.getByTestId("outcome-emergency");
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(/call emergency services now/i);
    expect(await outcome.textContent()).toContain(
      SCREENING_ITEMS.find((item) => item.linkId === "saddle-numbness")?.reason,
    );
    expect(await page.locator('a[href^="#/techniques"], a[href^="#/session"]').count()).toBe(0);
    await screenshot("outcome-emergency");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("sends someone with a recent injury to a physical therapist or physician, with every reason", async () => {
    const { page, screenshot } = await suite.open({ phone: true });
    await answerScreening(page, ["recent-injury", "osteoporosis"]);
    const outcome = page.getByTestId("outcome-see-professional");
    await outcome.waitFor();
    const text = (await outcome.textContent()) ?? "";
    expect(text).toMatch(/physical therapist/i);
    expect(text).toMatch(/physician/i);
    for (const linkId of ["recent-injury", "osteoporosis"]) {
      expect(text).toContain(SCREENING_ITEMS.find((item) => item.linkId === linkId)?.reason);
    }
    expect(await page.locator('a[href^="#/session"]').count()).toBe(0);
    await screenshot("outcome-see-professional");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("lets someone with no warning signs go on to a technique", async () => {
    const { page, screenshot } = await suite.open({ phone: true });
    await answerScreening(page, []);
    await page.getByTestId("outcome-self-care").waitFor();
    await screenshot("outcome-self-care");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId("choose-technique").click();
    await expect.poll(() => page.url()).toContain("#/techniques");
  });
});
