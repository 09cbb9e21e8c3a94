import { describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import { useBrowserSuite } from "./harness/browser-suite";
import { answerScreening } from "./harness/screening-journey";
import {
  beginSession,
  nextMorning,
  openSafetyReminder,
  outcomeSaved,
  SMALL_PHONE,
  sessionStatus,
  stepTitle,
} from "./harness/session-journey";

const suite = useBrowserSuite();

/** Makes this device's database refuse a stop for pain (a full or broken disk), and nothing else. */
function refuseStopsInIndexedDb(): void {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const record = value as { outcome?: string; event?: { outcome?: string } } | null;
    if (record?.outcome === "stopped-for-pain" || record?.event?.outcome === "stopped-for-pain") {
      throw new DOMException("The disk is full", "QuotaExceededError");
    }
    return put.call(this, value, key);
  };
}

describe("no way around a stop, on a 360 x 640 phone", () => {
  it("[C-end-asks-why] asks why on End session; Pain takes the stop-for-pain path and blocks the next session", async () => {
    const { page, spoken, screenshot } = await suite.open({ phone: true, controlledClock: true });
    await page.setViewportSize(SMALL_PHONE);
    await openSafetyReminder(page, "thoracic-foam-roll");
    await beginSession(page);
    await page.clock.runFor(5_000);

    await page.getByTestId("session-end").click();
    await page.clock.runFor(100);
    const question = page.getByTestId("end-question");
    expect(await question.textContent()).toMatch(/Why are you ending the session\?/);
    expect(await sessionStatus(page)).toBe("paused");
    expect(await page.getByTestId("end-pain").textContent()).toBe("Pain");
    expect(await page.getByTestId("end-done").textContent()).toBe("I'm done for now");
    await screenshot("session-safety-end-question-360x640");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId("end-pain").click();
    await page.clock.runFor(500);
    await page.getByTestId("session-stopped-for-pain").waitFor();
    await outcomeSaved(page);
    expect((await spoken()).at(-1)?.text).toMatch(/^Stop now/);
    expect(await page.getByTestId("session-save-status").getAttribute("data-saved")).toBe("true");
    await screenshot("session-safety-stopped-360x640");
    expect(await axeViolations(page)).toEqual([]);

    await page.clock.resume();
    await page.goto("/#/session/supine-spinal-twist");
    const refused = page.getByTestId("session-gate-refused");
    await refused.waitFor();
    expect(await refused.getAttribute("data-level")).toBe("rest-until");
    expect(await page.getByTestId("session-begin").count()).toBe(0);
  });

  it("[C-stop-saved-first] [C-rest-until-next-day] still blocks after a stop the device failed to save, until a fresh screening on a later day", async () => {
    const { page, context } = await suite.open({ phone: true, controlledClock: true });
    await context.addInitScript(refuseStopsInIndexedDb);
    await page.setViewportSize(SMALL_PHONE);
    await openSafetyReminder(page, "supine-spinal-twist");
    await beginSession(page);
    await page.clock.runFor(3_000);
    await page.getByTestId("session-stop-pain").click();
    await page.clock.runFor(500);
    await page.getByTestId("session-stopped-for-pain").waitFor();
    await outcomeSaved(page);

    // The message says exactly what was and was not saved.
    const status = page.getByTestId("session-save-status");
    expect(await status.getAttribute("data-saved")).toBe("false");
    const words = (await status.textContent()) ?? "";
    expect(words).toMatch(/could not be saved in your journal on this device/);
    expect(words).toMatch(/kept a note of it in this browser's storage/);
    expect(words).toMatch(/not in your journal or your account yet/);
    expect(words).not.toMatch(/^Saved/);

    // Same day, after a reload: the held stop still counts.
    await page.clock.resume();
    await page.goto("/#/session/supine-spinal-twist");
    await page.reload();
    const refused = page.getByTestId("session-gate-refused");
    await refused.waitFor();
    expect(await refused.getAttribute("data-level")).toBe("rest-until");

    // The next morning: still no session until the safety questions are answered again.
    await page.clock.pauseAt(await nextMorning(page));
    await page.clock.resume();
    await page.reload();
    await refused.waitFor();
    expect(await refused.getAttribute("data-level")).not.toBe("ready");
    expect(await page.getByTestId("session-begin").count()).toBe(0);

    await answerScreening(page, []);
    await page.getByTestId("outcome-self-care").waitFor();
    await page.goto("/#/session/supine-spinal-twist");
    await page.getByTestId("session-begin").waitFor();
  });

  it("[C-acknowledgement-required] asks for an acknowledgement of a journal flag, naming it, before the reminder and the session", async () => {
    const { page, screenshot } = await suite.open({ phone: true, controlledClock: true });
    await page.setViewportSize(SMALL_PHONE);
    // P20: a frequent need to adjust the back: two urges on one day.
    await page.goto("/#/journal");
    await page.getByTestId("urge-button").click();
    await page.getByTestId("urge-undo").waitFor();
    await page.reload();
    await page.getByTestId("urge-button").click();
    await page.getByTestId("urge-undo").waitFor();
    await answerScreening(page, []);
    // The result names the journal flag; waiting for it also keeps a screening still saving from taking the
    // page to its result after the next goto.
    await page.getByTestId("outcome-see-professional").waitFor();
    await page.goto("/#/session/thoracic-foam-roll");

    const item = page.getByTestId("acknowledge-frequent-adjusting");
    await item.waitFor();
    expect(await item.textContent()).toMatch(/your journal/);
    expect(await item.locator("[data-cite]").first().getAttribute("data-cite")).toBe("P20");
    expect(await page.getByTestId("safety-reminder").count()).toBe(0);
    expect(await page.getByTestId("acknowledge-continue").isDisabled()).toBe(true);
    await screenshot("session-safety-acknowledge-360x640");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId("acknowledge-button-frequent-adjusting").click();
    await page.getByTestId("acknowledged-frequent-adjusting").waitFor();
    await page.getByTestId("acknowledge-continue").click();
    await page.getByTestId("safety-reminder").waitFor();
    expect(await page.getByTestId("reminder-acknowledged").textContent()).toMatch(/physical therapist/);

    // Recorded on the device: a reload goes straight to the reminder, the acknowledgement still counting.
    await page.reload();
    await page.getByTestId("safety-reminder").waitFor();
    await beginSession(page);
  });

  it("[C-back-pauses] pauses on browser back mid-session and asks: Stay, End: pain or End: done", async () => {
    const { page, screenshot } = await suite.open({ phone: true, controlledClock: true });
    await page.setViewportSize(SMALL_PHONE);
    await openSafetyReminder(page, "supine-spinal-twist");
    await beginSession(page);
    await page.clock.runFor(4_000);
    const before = await stepTitle(page);

    await page.goBack();
    await page.clock.runFor(100);
    const question = page.getByTestId("end-question");
    await question.waitFor();
    expect(await question.getAttribute("data-kind")).toBe("back");
    expect(await question.textContent()).toMatch(/Leave the session\?/);
    expect(await sessionStatus(page)).toBe("paused");
    expect(page.url()).toContain("#/session/supine-spinal-twist");
    await screenshot("session-safety-back-question-360x640");

    // Time does not run while it asks.
    await page.clock.runFor(60_000);
    expect(await stepTitle(page)).toBe(before);
    await page.getByTestId("end-stay").click();
    await page.clock.runFor(100);
    expect(await sessionStatus(page)).toBe("running");

    // A second back asks again rather than leaving.
    await page.goBack();
    await page.clock.runFor(100);
    await question.waitFor();
    await page.getByTestId("end-done").click();
    await page.clock.runFor(500);
    await page.getByTestId("session-ended").waitFor();
  });
});
