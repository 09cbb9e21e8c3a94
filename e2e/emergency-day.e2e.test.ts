/**
 * C-emergency-stands-for-day in the browser, at 360 x 640: an emergency answer followed by an all-"no"
 * screening the same evening offers no session and keeps the call button until the device's local
 * midnight; the next day a fresh screening decides. The clock is moved across midnight, and the device's
 * time zone is changed under the open app (Chromium's time zone override), which moves that midnight.
 */
import type { CDPSession, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserSuite } from "./harness/browser-suite";
import { answerScreening } from "./harness/screening-journey";

const suite = useBrowserSuite();
const PHONE = { width: 360, height: 640 };
const TECHNIQUE_LINKS = 'a[href^="#/techniques"], a[href^="#/session"], [data-testid^="start-session-"]';

/** One DevTools session per page: Chromium lets the session that set the time zone change it again. */
const sessions = new WeakMap<Page, CDPSession>();
async function setTimeZone(page: Page, timezoneId: string) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  await cdp.send("Emulation.setTimezoneOverride", { timezoneId });
}

async function expectEmergencyHome(page: Page, where: string) {
  await page.goto("/");
  await page.reload();
  const notice = page.getByTestId("safety-notice");
  await notice.waitFor();
  expect(await notice.getAttribute("data-level"), where).toBe("emergency");
  expect(await page.getByTestId("emergency-call").getAttribute("href"), where).toMatch(/^tel:\d+$/);
  expect(await page.getByTestId("emergency-stays").textContent(), where).toMatch(/for the rest of today/);
  expect(await page.locator(TECHNIQUE_LINKS).count(), where).toBe(0);
}

async function retractSaddleNumbness(page: Page) {
  await answerScreening(page, ["saddle-numbness"]);
  await page.getByTestId("outcome-emergency").waitFor();
  await answerScreening(page, []);
  await page.getByTestId("retraction-question").waitFor();
  await page.getByTestId("retraction-confirm-saddle-numbness").check();
  await page.getByTestId("retraction-mistake").click();
  await page.getByTestId("outcome-emergency").waitFor();
}

describe("[C-emergency-stands-for-day] an emergency answer stands for the rest of the local day", () => {
  it("[C-retraction-safer-first] [C-call-wherever-emergency] in London: retracted at 21:30, still an emergency at 23:59; after midnight a fresh screening decides", async () => {
    const { page, screenshot } = await suite.open({ phone: true, controlledClock: true });
    await page.setViewportSize(PHONE);
    await setTimeZone(page, "Europe/London");
    await page.clock.setSystemTime(new Date("2026-11-24T21:00:00Z"));

    await answerScreening(page, ["saddle-numbness"]);
    await page.getByTestId("outcome-emergency").waitFor();
    await page.clock.setSystemTime(new Date("2026-11-24T21:30:00Z"));
    await answerScreening(page, []);
    const question = page.getByTestId("retraction-question");
    await question.waitFor();
    expect(await page.getByTestId("retraction-change").getAttribute("class")).toContain("primary");
    expect(await page.getByTestId("emergency-call").getAttribute("href")).toMatch(/^tel:\d+$/);
    expect(await page.getByTestId("retracted-sign-saddle-numbness").textContent()).toBe(
      "Numbness or tingling around the genitals, bottom or inner thighs",
    );
    await screenshot("emergency-day-retraction-360");
    await page.getByTestId("retraction-confirm-saddle-numbness").check();
    await page.getByTestId("retraction-mistake").click();
    await page.getByTestId("outcome-emergency").waitFor();
    await screenshot("emergency-day-after-retraction-360");

    await page.goto("/#/techniques");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.locator('[data-testid^="start-session-"]').count()).toBe(0);
    await page.goto("/#/session/thoracic-foam-roll");
    await page.getByTestId("session-gate-refused").waitFor();
    expect(await page.getByTestId("session-gate-refused").getAttribute("data-level")).toBe("emergency");

    await page.clock.setSystemTime(new Date("2026-11-24T23:59:00Z"));
    await expectEmergencyHome(page, "23:59 the same day");
    await screenshot("emergency-day-home-2359-360");

    // Midnight in London: the day is over, and the same-day screening is not enough.
    await page.clock.setSystemTime(new Date("2026-11-25T00:00:30Z"));
    await page.goto("/");
    await page.reload();
    const notice = page.getByTestId("safety-notice");
    await notice.waitFor();
    expect(await notice.getAttribute("data-level")).toBe("rescreen-needed");
    expect(await page.locator('[data-testid^="start-session-"]').count()).toBe(0);
    await screenshot("emergency-day-next-morning-360");

    await answerScreening(page, []);
    await page.getByTestId("outcome-self-care").waitFor();
    await page.goto("/#/techniques");
    await page.getByTestId("start-session-supine-spinal-twist").waitFor();
  });

  it("the device's time zone decides the day: changed under the open app, the emergency ends at the new zone's midnight", async () => {
    const { page } = await suite.open({ phone: true, controlledClock: true });
    await page.setViewportSize(PHONE);
    await setTimeZone(page, "Europe/London");
    // 12:00 in London on the 24th.
    await page.clock.setSystemTime(new Date("2026-11-24T12:00:00Z"));
    await retractSaddleNumbness(page);

    // Los Angeles: 05:00 on the 24th; its midnight is 08:00Z on the 25th.
    await setTimeZone(page, "America/Los_Angeles");
    await page.clock.setSystemTime(new Date("2026-11-25T07:59:00Z"));
    await expectEmergencyHome(page, "23:59 in Los Angeles");
    await page.clock.setSystemTime(new Date("2026-11-25T08:00:30Z"));
    await page.goto("/");
    await page.reload();
    await page.getByTestId("safety-notice").waitFor();
    expect(await page.getByTestId("safety-notice").getAttribute("data-level")).toBe("rescreen-needed");
    expect(await page.locator('[data-testid^="start-session-"]').count()).toBe(0);
  });

  it("[C-call-wherever-emergency] Get help puts its call button in the first screenful at 360 x 640", async () => {
    const { page, screenshot } = await suite.open({ phone: true });
    await page.setViewportSize(PHONE);
    await page.goto("/#/explain/help");
    const call = page.getByTestId("help-emergency-call");
    await call.waitFor();
    expect(await call.getAttribute("href")).toMatch(/^tel:\d+$/);
    const box = await call.boundingBox();
    expect(box, "the call button is laid out").not.toBeNull();
    expect((box?.y ?? 9999) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    await screenshot("help-call-first-360");
  });
});
