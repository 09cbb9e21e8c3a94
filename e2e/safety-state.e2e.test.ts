/**
 * One safety state on every screen, at phone size (360 x 640): an emergency answer ends the screening and
 * then home, the techniques, a typed session address and "When to get help" all show it in red with a
 * tel: link and no technique; a see-professional screening offers no session; a "yes" taken back within
 * the hour is asked about and both screenings are kept; browser back walks through the questions.
 */
import { SCREENING_ITEMS } from "@limber/core/screening/questionnaire";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserSuite } from "./harness/browser-suite";
import {
  answerQuestion,
  answerScreening,
  currentQuestion,
  waitForQuestion,
} from "./harness/screening-journey";

const suite = useBrowserSuite();
const PHONE = { width: 360, height: 640 };
const TECHNIQUE_LINKS = 'a[href^="#/techniques"], a[href^="#/session"], [data-testid^="start-session-"]';

async function openPhone() {
  const app = await suite.open({ phone: true });
  await app.page.setViewportSize(PHONE);
  return app;
}

/** The screen shows the emergency in red (an alert) with a tel: link, and offers no technique. */
async function expectEmergency(page: Page, where: string) {
  const alert = page.getByRole("alert").filter({ hasText: "Call emergency services now" });
  await alert.first().waitFor();
  const call = page.getByTestId("emergency-call");
  expect(await call.getAttribute("href"), where).toMatch(/^tel:\d+$/);
  expect(await call.isVisible(), where).toBe(true);
  const colour = await alert.first().evaluate((el) => getComputedStyle(el).borderTopColor);
  const [r = 0, g = 0, b = 0] = (colour.match(/\d+/g) ?? []).map(Number);
  expect(r > g * 2 && r > b * 2, `${where}: the notice is red (${colour})`).toBe(true);
  expect(await page.locator(TECHNIQUE_LINKS).count(), where).toBe(0);
  expect(await page.locator("body").textContent(), where).not.toMatch(/Please see a professional/);
}

describe("one safety state on every screen", () => {
  it("[C-screening-stops-at-emergency] [C-emergency-everywhere] ends at an emergency answer at question 10, then every screen shows it with a tel: link and no technique", async () => {
    const { page, screenshot } = await openPhone();
    await page.goto("/#/screening");
    for (let n = 1; n <= 9; n += 1) {
      await waitForQuestion(page, n);
      await answerQuestion(page, false);
    }
    await waitForQuestion(page, 10);
    expect(await currentQuestion(page)).toBe("saddle-numbness");
    expect(SCREENING_ITEMS[9]?.linkId).toBe("saddle-numbness");
    await answerQuestion(page, true);

    // The outcome at once: no question 11.
    await page.getByTestId("outcome-emergency").waitFor();
    expect(await page.getByTestId("screening-question").count()).toBe(0);
    await expectEmergency(page, "outcome");
    await screenshot("safety-emergency-outcome-360");

    await page.goto("/");
    await expectEmergency(page, "home");
    await screenshot("safety-emergency-home-360");

    await page.goto("/#/techniques");
    await expectEmergency(page, "techniques");

    await page.goto("/#/session/thoracic-foam-roll");
    await expectEmergency(page, "typed session address");
    expect(await page.getByTestId("session-gate-refused").getAttribute("data-level")).toBe("emergency");

    await page.goto("/#/explain/help");
    await expectEmergency(page, "when to get help");

    // It persists: a reload, and a later visit, show the same until a newer screening.
    await page.reload();
    await expectEmergency(page, "help after a reload");
    await page.goto("/");
    await expectEmergency(page, "home after a reload");
  });

  it("[C-see-professional-blocks] a see-professional screening offers no session anywhere, and no acknowledgement", async () => {
    const { page } = await openPhone();
    await answerScreening(page, ["disc-diagnosis"]);
    await page.getByTestId("outcome-see-professional").waitFor();

    await page.goto("/");
    await page.getByTestId("safety-notice").waitFor();
    expect(await page.getByTestId("safety-notice").getAttribute("data-level")).toBe("see-professional");
    expect(await page.locator(TECHNIQUE_LINKS).count()).toBe(0);

    await page.goto("/#/techniques");
    await page.getByTestId("session-gate-refused").waitFor();
    expect(await page.locator('[data-testid^="start-session-"]').count()).toBe(0);

    await page.goto("/#/session/supine-spinal-twist");
    await page.getByTestId("session-gate-refused").waitFor();
    expect(await page.getByTestId("session-gate-refused").getAttribute("data-level")).toBe(
      "see-professional",
    );
    expect(await page.getByTestId("acknowledge-reasons").count()).toBe(0);
    expect(await page.getByTestId("session-begin").count()).toBe(0);
  });

  it("[C-retraction-confirmed] taking back a see-professional yes within the hour asks 'Did you answer by mistake?' and keeps both screenings", async () => {
    const { page, screenshot } = await openPhone();
    await answerScreening(page, ["osteoporosis"]);
    await page.getByTestId("outcome-see-professional").waitFor();

    await answerScreening(page, []);
    await page.getByTestId("retraction-question").waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Did you answer by mistake?");
    expect(await page.locator("[data-retracted='osteoporosis']").count()).toBe(1);
    await screenshot("safety-retraction-360");
    await page.getByTestId("retraction-confirm-osteoporosis").check();
    await page.getByTestId("retraction-mistake").click();
    await page.getByTestId("outcome-self-care").waitFor();

    await page.goto("/#/summary");
    const earlier = page.getByTestId("summary-earlier-screenings");
    await earlier.waitFor();
    expect(await earlier.textContent()).toMatch(/see a physical therapist or physician/);
    expect(await page.getByTestId("summary-outcome").textContent()).toBe("self-care appropriate");
  });

  it("browser back walks back through the questions and keeps the answers, also after a reload", async () => {
    const { page } = await openPhone();
    await page.goto("/#/screening");
    await waitForQuestion(page, 1);
    await answerQuestion(page, true); // recent injury: see-professional, the screening goes on
    await waitForQuestion(page, 2);
    await answerQuestion(page, false);
    await waitForQuestion(page, 3);

    await page.goBack();
    await waitForQuestion(page, 2);
    expect(await page.getByTestId("screening-no").getAttribute("aria-pressed")).toBe("true");
    await page.goBack();
    await waitForQuestion(page, 1);
    expect(await page.getByTestId("screening-yes").getAttribute("aria-pressed")).toBe("true");
    expect(page.url()).toContain("#/screening?q=1");

    // Going on from there keeps the later answer too, and so does a reload of the tab.
    await page.goForward();
    await waitForQuestion(page, 2);
    expect(await page.getByTestId("screening-no").getAttribute("aria-pressed")).toBe("true");
    await page.reload();
    await waitForQuestion(page, 2);
    expect(await page.getByTestId("screening-no").getAttribute("aria-pressed")).toBe("true");
  });
});
