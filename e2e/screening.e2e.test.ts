import { EMERGENCY_WHY } from "@limber/core/safety/emergency-why";
import { SCREENING_ITEMS } from "@limber/core/screening/questionnaire";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import { useBrowserSuite } from "./harness/browser-suite";
import {
  answerQuestion,
  answerScreening,
  currentQuestion,
  QUESTION_COUNT,
  waitForQuestion,
} from "./harness/screening-journey";

const suite = useBrowserSuite();

describe("the safety screening in a real browser", () => {
  it("opens on a home screen whose one action is the safety check, with no axe violations", async () => {
    const { page, screenshot } = await suite.open({ phone: true });
    await page.goto("/");
    await expect.poll(() => page.getByTestId("home-start-screening").isVisible()).toBe(true);
    expect(await page.getByTestId("home-start-screening").textContent()).toBe("Start the safety check");
    expect(await page.locator('a[href^="#/techniques"], a[href^="#/session"]').count()).toBe(0);
    await screenshot("home");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("asks one question at a time with its help and progress, and one tap answers and moves on", async () => {
    const { page, screenshot } = await suite.open({ phone: true });
    await page.goto("/#/screening");
    await waitForQuestion(page, 1);
    expect(await currentQuestion(page)).toBe(SCREENING_ITEMS[0]?.linkId);
    expect(await page.getByText(SCREENING_ITEMS[0]?.help ?? "").isVisible()).toBe(true);
    expect(await page.getByRole("progressbar").getAttribute("aria-valuemax")).toBe(String(QUESTION_COUNT));
    // Large targets: both answers at least 56 px high.
    for (const id of ["screening-yes", "screening-no"]) {
      expect((await page.getByTestId(id).boundingBox())?.height).toBeGreaterThanOrEqual(56);
    }
    await screenshot("screening-question");
    expect(await axeViolations(page)).toEqual([]);

    await answerQuestion(page, false);
    await waitForQuestion(page, 2);
    expect(await currentQuestion(page)).toBe(SCREENING_ITEMS[1]?.linkId);
    expect(page.url()).toContain("#/screening?q=2");
  });

  it("can be answered with the keyboard alone", async () => {
    const { page } = await suite.open();
    await page.goto("/#/screening");
    await waitForQuestion(page, 1);
    await page.getByTestId("screening-no").focus();
    await page.keyboard.press("Enter");
    await waitForQuestion(page, 2);
    await page.getByTestId("screening-yes").focus();
    await page.keyboard.press("Space");
    await waitForQuestion(page, 3);
  });

  it("[C-screening-stops-at-emergency] stops at saddle numbness and sends the person to emergency care, with no technique", async () => {
    const { page, screenshot } = await suite.open({ phone: true });
    await answerScreening(page, ["saddle-numbness"]);
    const outcome = page.getByTestId("outcome-emergency");
    await outcome.waitFor();
    expect(await outcome.textContent()).toMatch(/call emergency services now/i);
    // The sign by name, with its own why (C-emergency-why-per-flag).
    expect(await outcome.locator("[data-reason='saddle-numbness']").count()).toBe(1);
    expect(await outcome.textContent()).toContain(EMERGENCY_WHY["saddle-numbness"].text);
    expect(await page.getByTestId("emergency-call").getAttribute("href")).toMatch(/^tel:\d+$/);
    expect(await page.locator('a[href^="#/techniques"], a[href^="#/session"]').count()).toBe(0);
    await screenshot("outcome-emergency");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("[C-see-professional-blocks] sends someone with a recent injury to a physical therapist or physician, with every reason", async () => {
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
    expect(await page.locator('a[href^="#/session"], a[href^="#/techniques"]').count()).toBe(0);
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
