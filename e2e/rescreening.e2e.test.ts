import { describe, expect, it } from "vitest";
import { useBrowserSuite } from "./harness/browser-suite";
import { answerScreening } from "./harness/screening-journey";

const suite = useBrowserSuite();
const HOUR = 60 * 60 * 1_000;

describe("a fresh screening is required", () => {
  it("after 24 hours: the techniques are closed until the questions are answered again", async () => {
    const { page } = await suite.open({ controlledClock: true });
    await answerScreening(page, []);
    await page.getByTestId("outcome-self-care").waitFor();
    await page.goto("/#/techniques");
    await page.getByTestId("start-session-supine-spinal-twist").waitFor();

    await page.clock.fastForward(24 * HOUR + 60_000);
    await page.goto("/");
    await page.reload();
    expect(await page.getByTestId("home-gate-message").textContent()).toMatch(/more than 24 hours old/);
    expect(await page.getByTestId("safety-rescreen").getAttribute("href")).toBe("#/screening");
    await page.goto("/#/techniques");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.locator('[data-testid^="start-session-"]').count()).toBe(0);

    await answerScreening(page, []);
    await page.getByTestId("outcome-self-care").waitFor();
    await page.goto("/#/techniques");
    await page.getByTestId("start-session-supine-spinal-twist").waitFor();
  });

  it("after a check-in reports a new symptom", async () => {
    const { page } = await suite.open();
    await answerScreening(page, []);
    await page.getByTestId("outcome-self-care").waitFor();
    await page.goto("/#/check-in");
    await page.getByTestId("stiffness-5").check();
    await page.getByTestId("pain-3").check();
    await page.getByTestId("checkin-symptom-nerve-symptoms").check();
    await page.getByTestId("checkin-submit").click();
    await page.getByTestId("checkin-rescreen").waitFor();
    // The safety state now says see a professional, naming the symptom, on the check-in and the journal alike.
    await page.goto("/#/journal");
    const banner = page.getByTestId("assessment-see-professional");
    expect(await banner.textContent()).toMatch(/a physical therapist or a physician/);
    expect(await banner.locator("[data-reason='nerve-symptoms']").count()).toBeGreaterThan(0);

    await page.goto("/#/techniques");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.locator('[data-testid^="start-session-"]').count()).toBe(0);
  });
});
