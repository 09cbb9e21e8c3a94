import { TECHNIQUES } from "@limber/core/content/techniques";
import { describe, expect, it } from "vitest";
import { useBrowserSuite } from "./harness/browser-suite";
import { freezeClock, openSafetyReminder, stepTitle } from "./harness/session-journey";

const suite = useBrowserSuite();
const TWIST = TECHNIQUES["supine-spinal-twist"];

describe("hands-free cues", () => {
  it("keeps the screen awake during a session and takes the lock again when the page returns to view", async () => {
    const { page } = await suite.open({ controlledClock: true });
    await openSafetyReminder(page, "supine-spinal-twist");
    await freezeClock(page);
    await page.getByTestId("session-begin").click();
    await page.clock.runFor(500);
    const locks = () => page.evaluate(() => ({ ...window.__limberWakeLocks }));
    expect((await locks()).requested).toBe(1);

    // Browsers drop the lock when the page is hidden; it must be asked for again on return.
    await page.evaluate(() => window.__limberSetHidden(true));
    await page.evaluate(() => window.__limberSetHidden(false));
    await page.clock.runFor(100);
    expect((await locks()).requested).toBe(2);

    await page.getByTestId("session-stop-pain").click();
    await page.getByTestId("session-stopped-for-pain").waitFor();
    await expect.poll(async () => (await locks()).released).toBeGreaterThanOrEqual(1);
  });

  it("catches up on the clock after the page was hidden, never stretching a step", async () => {
    const { page, spoken } = await suite.open({ controlledClock: true });
    await openSafetyReminder(page, "supine-spinal-twist");
    await freezeClock(page);
    await page.getByTestId("session-begin").click();
    await page.clock.runFor(1_000);
    await page.getByTestId("session-next").click();
    await page.clock.runFor(1_000);
    await page.getByTestId("session-next").click();
    await page.clock.runFor(1_000);
    expect(await stepTitle(page)).toContain("Hold: left knee across");
    await page.evaluate(() => window.__limberSetHidden(true));
    // While hidden, the page's timers do not run (a phone in a pocket); time still passes.
    await page.clock.fastForward(35_000);
    await page.evaluate(() => window.__limberSetHidden(false));
    await page.clock.runFor(100);
    // 36 s into the hold: its 30 s are over and the 8 s return is under way.
    expect(await stepTitle(page)).toContain("Return to the centre slowly");
    expect((await spoken()).at(-1)?.text).toBe(TWIST.steps[3]?.cue);
  });

  it("says nothing when spoken cues are switched off, and still guides on screen", async () => {
    const { page, spoken } = await suite.open({ controlledClock: true });
    await openSafetyReminder(page, "supine-spinal-twist");
    await page.getByTestId("setting-speech").click();
    await freezeClock(page);
    await page.getByTestId("session-begin").click();
    await page.clock.runFor(16_000);
    // The first step waits for the person, silently too.
    expect(await stepTitle(page)).toContain("Step 1 of");
    await page.getByTestId("session-next").click();
    await page.clock.runFor(1_000);
    expect(await stepTitle(page)).toContain("Step 2 of");
    expect(await spoken()).toEqual([]);
  });
});
