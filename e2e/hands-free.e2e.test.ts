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
    await page.evaluate(() => window.__limberSetHidden(true));
    // While hidden, the page's timers do not run (a phone in a pocket); time still passes.
    await page.clock.fastForward(20_000);
    await page.evaluate(() => window.__limberSetHidden(false));
    await page.clock.runFor(100);
    // 21 s in: the 15 s set-up is over and the 10 s knee guide is under way.
    expect(await stepTitle(page)).toContain("Guide your left knee across");
    expect((await spoken()).at(-1)?.text).toBe(TWIST.steps[1]?.cue);
  });

  it("says nothing when spoken cues are switched off, and still guides on screen", async () => {
    const { page, spoken } = await suite.open({ controlledClock: true });
    await openSafetyReminder(page, "supine-spinal-twist");
    await page.getByTestId("setting-speech").click();
    await freezeClock(page);
    await page.getByTestId("session-begin").click();
    await page.clock.runFor(16_000);
    expect(await stepTitle(page)).toContain("Step 2 of");
    expect(await spoken()).toEqual([]);
  });
});
