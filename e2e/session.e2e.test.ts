import { TECHNIQUES } from "@limber/core/content/techniques";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import { useBrowserSuite } from "./harness/browser-suite";
import {
  freezeClock,
  openSafetyReminder,
  outcomeSaved,
  SMALL_PHONE,
  stepTitle,
} from "./harness/session-journey";

const suite = useBrowserSuite();
const TWIST = TECHNIQUES["supine-spinal-twist"];
const SECOND = 1_000;

/** "I'm in position", tapped once the dock has settled (a tap right after it changed counts as a double tap). */
async function inPosition(page: Page): Promise<void> {
  await page.clock.runFor(SECOND);
  expect(await page.getByTestId("session-next").textContent()).toBe("I'm in position");
  await page.getByTestId("session-next").click();
  await page.clock.runFor(100);
}

/** What the one clock of the session says, by its accessible name; and how many clocks there are. */
async function clocks(page: Page): Promise<string[]> {
  return page
    .getByRole("timer")
    .evaluateAll((timers) => timers.map((t) => t.getAttribute("aria-label") ?? ""));
}

describe("a guided session on a controlled clock", () => {
  it("guides a full supine twist, both sides held 30 s, then the completion moment, its check-in and the journal", async () => {
    const { page, spoken, chimes, screenshot } = await suite.open({ phone: true, controlledClock: true });
    await openSafetyReminder(page, "supine-spinal-twist");
    expect(await page.getByTestId("safety-reminder").textContent()).toMatch(/bounc/i);
    expect(await axeViolations(page)).toEqual([]);

    await freezeClock(page);
    await page.getByTestId("session-begin").click();
    await page.clock.runFor(100);
    expect(await stepTitle(page)).toContain(`Step 1 of ${TWIST.steps.length}`);
    await screenshot("session-step");
    expect(await axeViolations(page)).toEqual([]);

    // Lie in a T, guide the left knee across: each waits for "I'm in position"; then the left hold begins.
    await inPosition(page);
    await inPosition(page);
    expect(await stepTitle(page)).toContain("Hold: left knee across");
    // P7: at least 30 s, counted down by the one clock; "Next step" looks disabled and says why.
    await page.clock.runFor(20 * SECOND);
    // The page draws its clock at most ten times a second: read it to the second either side.
    expect(await clocks(page)).toEqual([expect.stringMatching(/^Time left: 0:1[01]$/)]);
    expect(await page.getByTestId("session-next").getAttribute("aria-label")).toBe(
      "Next step: possible once you have held for 30 seconds",
    );
    // A tap anyway (Playwright would wait for it to be enabled): the hold goes on.
    await page.getByTestId("session-next").click({ force: true });
    await page.clock.runFor(100);
    expect(await stepTitle(page)).toContain("Hold: left knee across");
    await page.clock.runFor(10 * SECOND);
    expect(await stepTitle(page)).toContain("Return to the centre slowly");

    // Slow return (8 s), right knee across (in position), right hold (30 s), return (8 s): then it is complete.
    await page.clock.runFor(8 * SECOND + 100);
    await inPosition(page);
    expect(await stepTitle(page)).toContain("Hold: right knee across");
    await page.clock.runFor(38 * SECOND + 100);
    await page.getByTestId("session-complete").waitFor();
    expect(await page.getByTestId("complete-sides").textContent()).toBe("Both sides done: left and right.");
    expect(await page.getByTestId("complete-steps").textContent()).toMatch(/Hold: left knee across\s*0:30/);

    const said = (await spoken()).map((cue) => cue.text);
    expect(said.filter((text) => TWIST.steps.some((step) => step.cue === text))).toEqual(
      TWIST.steps.map((step) => step.cue),
    );
    expect(said.at(-1)).toMatch(/session is complete/i);
    // Each hold chimes at its start and its end, two notes each, on the Web Audio clock.
    expect((await chimes()).length).toBeGreaterThanOrEqual(2 * 2 * 2);

    await page.clock.resume();
    await page.getByTestId("stiffness-3").check();
    await page.getByTestId("pain-1").check();
    await screenshot("check-in");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId("checkin-submit").click();
    await page.getByRole("heading", { name: "Check-in saved" }).waitFor();
    expect(await page.getByRole("heading", { name: /How do you feel/ }).count()).toBe(0);

    await page.goto("/#/journal");
    const table = page.getByTestId("trend-table");
    await table.waitFor();
    expect(await table.textContent()).toMatch(/twist/i);
    expect(await page.getByTestId("trend-chart").isVisible()).toBe(true);
    await screenshot("journal");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("stops at once for sharp pain from the keyboard, records it and asks for a fresh screening", async () => {
    const { page, spoken, screenshot } = await suite.open({ phone: true, controlledClock: true });
    await openSafetyReminder(page, "thoracic-foam-roll");
    await freezeClock(page);
    await page.getByTestId("session-begin").click();
    await page.clock.runFor(5 * SECOND);
    expect(await page.getByTestId("session-stop-pain").isVisible()).toBe(true);

    await page.keyboard.press("Escape");
    await page.getByTestId("session-stopped-for-pain").waitFor();
    await outcomeSaved(page);
    expect((await spoken()).at(-1)?.text).toMatch(/^Stop now/);
    expect(await page.getByTestId("session-stopped-for-pain").textContent()).toMatch(/physical therapist/i);
    await screenshot("stop-for-pain");
    expect(await axeViolations(page)).toEqual([]);

    // P13: the next session needs a fresh screening.
    await page.clock.resume();
    await page.goto("/#/techniques");
    expect(await page.locator('[data-testid^="start-session-"]').count()).toBe(0);
    await page.goto("/");
    await page.getByTestId("home-gate-message").waitFor();
  });

  it("pauses on a tight spot with a breathing pacer for the chosen 20-30 s, then rolls on", async () => {
    const { page, screenshot } = await suite.open({ phone: true, controlledClock: true });
    await openSafetyReminder(page, "thoracic-foam-roll");
    await freezeClock(page);
    await page.getByTestId("session-begin").click();
    // Three set-up steps, each ended by "I'm in position", then rolling, which waits for the person.
    for (let i = 0; i < 3; i += 1) await inPosition(page);
    expect(await stepTitle(page)).toContain("Roll slowly");
    await page.clock.runFor(SECOND);
    await page.getByTestId("session-tight-spot").click();
    await page.clock.runFor(5 * SECOND);
    expect(await page.getByTestId("guided-session").getAttribute("data-status")).toBe("tight-spot");
    // One clock: the time until release, and a Release that looks disabled and says why.
    expect(await clocks(page)).toEqual([expect.stringMatching(/^Until release: 0:2[56]$/)]);
    expect(await page.getByTestId("session-release").getAttribute("aria-disabled")).toBe("true");
    expect(await page.getByTestId("guided-session").textContent()).not.toMatch(/Release in/);
    await screenshot("tight-spot-pacer");
    expect(await axeViolations(page)).toEqual([]);

    // The default pause is 30 s (P5: 20 to 30 s): it ends by itself and rolling resumes.
    await page.clock.runFor(25 * SECOND + 100);
    expect(await page.getByTestId("guided-session").getAttribute("data-status")).toBe("running");
    expect(await stepTitle(page)).toContain("Roll slowly");
  });

  it("pauses and resumes without losing the hold's remaining time", async () => {
    const { page } = await suite.open({ controlledClock: true });
    await openSafetyReminder(page, "supine-spinal-twist");
    await freezeClock(page);
    await page.getByTestId("session-begin").click();
    await inPosition(page);
    await inPosition(page);
    await page.clock.runFor(5 * SECOND);
    await page.getByTestId("session-pause").click();
    await page.clock.runFor(60 * SECOND);
    expect(await page.getByTestId("guided-session").getAttribute("data-status")).toBe("paused");
    expect(await stepTitle(page)).toContain("Step 3 of");
    await page.getByTestId("session-resume").click();
    await page.clock.runFor(24 * SECOND);
    expect(await stepTitle(page)).toContain("Step 3 of");
    await page.clock.runFor(1_100);
    expect(await stepTitle(page)).toContain("Step 4 of");
  });

  it.each(["thoracic-foam-roll", "supine-spinal-twist"] as const)(
    "[C-waits-for-person] at 360 x 640, 45 s untouched after I understand, start leaves %s on its first step",
    async (technique) => {
      const { page, spoken } = await suite.open({ phone: true, controlledClock: true });
      await page.setViewportSize(SMALL_PHONE);
      await openSafetyReminder(page, technique);
      await freezeClock(page);
      await page.getByTestId("session-begin").click();
      await page.clock.runFor(45 * SECOND);
      expect(await stepTitle(page)).toContain("Step 1 of");
      expect(await page.getByTestId("session-next").textContent()).toBe("I'm in position");
      expect(await page.getByTestId("session-no-clock").isVisible()).toBe(true);
      expect(await clocks(page)).toEqual([]);
      // The instruction was spoken once, at the start, and nothing since.
      expect((await spoken()).map((cue) => cue.text)).toEqual([TECHNIQUES[technique].steps[0]?.cue]);
    },
  );

  it('[C-tight-spot-pause-ends] ends a tight spot on Pause with "Ease off the roller", and rolls on after a resume minutes later', async () => {
    const { page, spoken } = await suite.open({ phone: true, controlledClock: true });
    await openSafetyReminder(page, "thoracic-foam-roll");
    await freezeClock(page);
    await page.getByTestId("session-begin").click();
    for (let i = 0; i < 3; i += 1) await inPosition(page);
    await page.clock.runFor(SECOND);
    await page.getByTestId("session-tight-spot").click();
    await page.clock.runFor(10 * SECOND);
    await page.getByTestId("session-pause").click();
    await page.clock.runFor(100);
    expect(await page.getByTestId("session-eased-off").textContent()).toMatch(/^Ease off the roller\./);
    expect((await spoken()).at(-1)?.text).toBe("Ease off the roller.");
    await page.clock.runFor(180 * SECOND);
    await page.getByTestId("session-resume").click();
    await page.clock.runFor(100);
    expect(await page.getByTestId("guided-session").getAttribute("data-status")).toBe("running");
    expect(await stepTitle(page)).toContain("Roll slowly");
    expect(await clocks(page)).toEqual([expect.stringMatching(/^Time rolling/)]);
    expect(await page.getByTestId("breathing-pacer").count()).toBe(0);
  });
});
