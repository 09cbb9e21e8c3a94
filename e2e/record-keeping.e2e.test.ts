/**
 * The browser keeps the record, or the person knows (issue 20, item 1), in Chromium: Account says where the
 * record lives and gives the browser's own answer to Limber's request to keep it; when the browser clears
 * the site's IndexedDB while the marker kept apart from the record survives, the journal says so instead of
 * showing an empty journal as if nothing had happened.
 */
import { describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import { useBrowserSuite } from "./harness/browser-suite";

const suite = useBrowserSuite();

describe("where the record lives and whether the browser keeps it", () => {
  it("shows on Account that the record is only on this device, and the browser's answer to keeping it", async () => {
    const { page, screenshot } = await suite.open({ phone: true });
    await page.goto("/#/account");
    await page.getByTestId("record-home").waitFor();
    expect(await page.getByTestId("record-where").textContent()).toBe("Only on this device.");
    // The answer shown is the browser's own, once Limber has asked.
    await expect.poll(() => page.getByTestId("record-kept").getAttribute("data-answer")).not.toBe("unknown");
    const browserSays = await page.evaluate(() => navigator.storage.persisted());
    const shown = await page.getByTestId("record-kept").getAttribute("data-answer");
    expect(shown).toBe(browserSays ? "granted" : "denied");
    const words = (await page.getByTestId("record-kept").textContent()) ?? "";
    if (browserSays) expect(words).toContain("will not clear it");
    else expect(words).toContain("may clear it");
    await screenshot("account-record-home");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("says the browser cleared the record when the site's IndexedDB is cleared and its marker survives", async () => {
    const { page, context, screenshot } = await suite.open({ phone: true });
    await page.goto("/#/journal");
    await page.getByTestId("urge-button").click();
    await page.getByTestId("urge-undo").waitFor();
    await expect.poll(() => page.evaluate(() => localStorage.getItem("limber-record-marker"))).toBe("1");
    expect(await page.getByTestId("wiped-notice").count()).toBe(0);

    // What the browser does under storage pressure: the site's IndexedDB goes, its localStorage stays.
    const cdp = await context.newCDPSession(page);
    const origin = new URL(page.url()).origin;
    await cdp.send("Storage.clearDataForOrigin", { origin, storageTypes: "indexeddb" });
    await cdp.detach();
    await page.reload();
    await page.getByTestId("wiped-notice").waitFor();
    expect(await page.getByTestId("wiped-notice").textContent()).toContain(
      "This browser cleared your Limber record",
    );
    await screenshot("journal-wiped-notice");
    expect(await axeViolations(page)).toEqual([]);

    // Starting afresh is the person's choice: the notice goes and does not come back on reload.
    await page.getByTestId("wiped-start-afresh").click();
    expect(await page.getByTestId("wiped-notice").count()).toBe(0);
    await page.reload();
    await page.getByTestId("urge-button").waitFor();
    expect(await page.getByTestId("wiped-notice").count()).toBe(0);
  });

  it("offers a copy or an account after a few entries when the browser may clear the record", async () => {
    const { page, screenshot } = await suite.open({ phone: true });
    await page.goto("/#/journal");
    for (let n = 0; n < 3; n++) {
      await page.getByTestId("urge-button").click();
      await page.getByTestId("urge-undo").waitFor();
      await page.reload();
      await page.getByTestId("urge-button").waitFor();
    }
    const granted = await page.evaluate(() => navigator.storage.persisted());
    if (granted) {
      expect(await page.getByTestId("keep-notice").count()).toBe(0);
      return;
    }
    await page.getByTestId("keep-notice").waitFor();
    await screenshot("journal-keep-notice");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("keep-download").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await page.getByTestId("keep-not-now").click();
    expect(await page.getByTestId("keep-notice").count()).toBe(0);
  });
});
