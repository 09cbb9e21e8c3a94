/**
 * Sharing with a clinician, end to end against the real `limber serve`: the person makes a link, a second
 * browser opens it read-only (no cookie, no local record), the person withdraws it, the clinician's reload
 * says so, and the person sees the visit. The FHIR Bundle read through the share is the export's Bundle.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { recordUrge, signUp, waitUntilSynced } from "./harness/account-journey";
import { axeViolations } from "./harness/axe";
import { useBrowserSuite } from "./harness/browser-suite";

const suite = useBrowserSuite();

async function checkIn(page: Page, stiffness: number, pain: number): Promise<void> {
  await page.goto("/#/check-in");
  await page.getByTestId(`stiffness-${stiffness}`).check();
  await page.getByTestId(`pain-${pain}`).check();
  await page.getByTestId("checkin-submit").click();
  await page.getByRole("heading", { name: "Check-in saved" }).waitFor();
}

/** Signs up, records a check-in and two urges, syncs, and makes a share; returns its link. */
async function personWithShare(page: Page, label: string, audit = false): Promise<string> {
  await page.goto("/");
  await signUp(page);
  await checkIn(page, 6, 3);
  await recordUrge(page);
  await recordUrge(page);
  await waitUntilSynced(page);
  await page.goto("/#/summary");
  await page.getByTestId("summary-share-link").click();
  await page.getByTestId("share-form").waitFor();
  expect(await page.getByTestId("share-reveals").textContent()).toMatch(/never change anything/);
  expect(await page.getByTestId("share-days-14").locator("input").isChecked()).toBe(true);
  if (audit) expect(await axeViolations(page)).toEqual([]);
  await page.getByTestId("share-days-7").click();
  await page.getByTestId("share-label").fill(label);
  await page.getByTestId("share-create").click();
  const url = await page.getByTestId("share-url").inputValue();
  if (audit) expect(await axeViolations(page)).toEqual([]);
  expect(url).toMatch(/\/#\/shared\/[A-Za-z0-9_-]{43}$/);
  return url;
}

describe("sharing the record with a physical therapist or physician", () => {
  it("[C-share-read-only] [C-share-expires-revokes] opens read-only in another browser, stops when withdrawn, and shows the person the visit", async () => {
    const person = await suite.open();
    await person.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const url = await personWithShare(person.page, "Dr Okafor, 12 March");
    await person.page.getByTestId("share-copy").click();
    // The clipboard write is asynchronous: "Copied" shows once it has succeeded.
    await expect.poll(() => person.page.getByTestId("share-copy").textContent()).toBe("Copied");
    expect(await person.page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(await person.page.getByTestId("share-qr").getAttribute("src")).toMatch(/^data:image\/svg\+xml,/);
    await person.page.getByTestId("share-done").click();
    expect(await person.page.getByTestId("share-visits").textContent()).toBe("Not opened yet");

    const clinician = await suite.open();
    const reads: { path: string; authorization: string | undefined; cookie: string | undefined }[] = [];
    clinician.page.on("request", (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith("/api/")) {
        reads.push({
          path,
          authorization: request.headers().authorization,
          cookie: request.headers().cookie,
        });
      }
    });
    await clinician.page.goto(url);
    await clinician.page.getByTestId("shared-view").waitFor();
    expect(await clinician.page.getByTestId("shared-title").textContent()).toBe(
      "Your patient's back self-care record",
    );
    await clinician.page.getByTestId("shared-safety").waitFor();
    expect(await clinician.page.getByTestId("trend-table").textContent()).toMatch(/6/);
    expect(await clinician.page.getByTestId("shared-urges").textContent()).toMatch(
      /Urges to crack the back: 2/,
    );
    // Read-only: no form, no field, nothing that writes.
    expect(await clinician.page.locator("main form, main input, main textarea, main select").count()).toBe(0);
    // The token went only as a bearer token; no cookie came or went; this browser's record stayed closed.
    expect(reads.map((r) => r.path)).toContain("/api/shared/record");
    for (const read of reads) {
      expect(read.cookie).toBeUndefined();
      if (read.path.startsWith("/api/shared/")) expect(read.authorization).toMatch(/^Bearer /);
    }
    expect(reads.map((r) => r.path).filter((p) => !p.startsWith("/api/shared/"))).toEqual([]);
    expect(await clinician.context.cookies()).toEqual([]);
    const databases = await clinician.page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name),
    );
    expect(databases).not.toContain("limber");
    expect(await axeViolations(clinician.page)).toEqual([]);

    // The person withdraws the link.
    await person.page.getByTestId("share-stop").click();
    await person.page.getByTestId("share-stop-confirm").click();
    await person.page.getByTestId("shares-past").waitFor();
    expect(await person.page.getByTestId("shares-none-active").textContent()).toMatch(/No link is open now/);

    await clinician.page.reload();
    await clinician.page.getByTestId("shared-withdrawn").waitFor();
    expect(await clinician.page.getByTestId("shared-withdrawn").textContent()).toMatch(
      /This link was withdrawn or has expired.*Ask your patient for a new one/,
    );
    expect(await clinician.page.getByTestId("shared-view").count()).toBe(0);
    expect(await clinician.page.getByTestId("shared-safety").count()).toBe(0);

    await person.page.reload();
    const past = person.page.getByTestId("shares-past");
    await past.waitFor();
    expect(await past.textContent()).toMatch(/Dr Okafor, 12 March/);
    expect(await past.getByTestId("share-visits").textContent()).toBe("Opened once");
    expect(await past.textContent()).toMatch(/read the summary/);
    expect(await past.textContent()).toMatch(/Stopped/);
  });

  it("[C-share-read-only] downloads through the share the same FHIR R4 Bundle the person's export gives", async () => {
    const person = await suite.open();
    // This test also audits the person's share screen (form and new link) for accessibility.
    const url = await personWithShare(person.page, "FHIR check", true);
    const clinician = await suite.open();
    await clinician.page.goto(url);
    await clinician.page.getByTestId("shared-download-fhir").waitFor();
    const [download] = await Promise.all([
      clinician.page.waitForEvent("download"),
      clinician.page.getByTestId("shared-download-fhir").click(),
    ]);
    const bundle = JSON.parse(await readFile(await download.path(), "utf8")) as {
      resourceType: string;
      type: string;
      entry: { resource: { resourceType: string } }[];
    };
    expect(bundle.resourceType).toBe("Bundle");
    expect(bundle.type).toBe("collection");
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(expect.arrayContaining(["Observation"]));
    const exported = await person.page.evaluate(async () => (await fetch("/api/export/fhir")).json());
    expect(bundle.entry).toEqual((exported as typeof bundle).entry);

    // The person's list shows the download as its own visit.
    await person.page.getByTestId("share-done").click();
    await person.page.reload();
    expect(await person.page.getByTestId("shares-active").textContent()).toMatch(
      /read the summary[\s\S]*downloaded the FHIR record|downloaded the FHIR record[\s\S]*read the summary/,
    );
  });

  it("shows a check-in note typed on the phone in the journal, the summary, the FHIR export and the clinician's view", async () => {
    const note = "Stiff between shoulder blades after long drive";
    const person = await suite.open({ phone: true });
    await person.page.setViewportSize({ width: 360, height: 640 });
    await person.page.goto("/");
    await signUp(person.page);
    await person.page.goto("/#/check-in");
    await person.page.getByTestId("stiffness-5").check();
    await person.page.getByTestId("pain-2").check();
    const noteField = person.page.locator("textarea[name=note]");
    if (!(await noteField.isVisible())) {
      await person.page.getByTestId("checkin-anything-new").locator("summary").click();
    }
    await person.page.getByTestId("checkin-symptom-fever").check();
    await noteField.fill(note);
    await person.page.getByTestId("checkin-submit").click();
    await person.page.getByRole("heading", { name: "Check-in saved" }).waitFor();

    for (const route of ["/#/journal", "/#/summary"]) {
      await person.page.goto(route);
      const table = person.page.getByTestId("trend-table");
      await table.waitFor();
      await table.scrollIntoViewIfNeeded();
      await person.screenshot(`note-${route.slice(3)}-360x640`);
      expect(await table.getByTestId("entry-note").textContent(), route).toContain(note);
      expect(await table.getByTestId("entry-symptoms").textContent(), route).toMatch(/hot and shivery/);
    }
    await waitUntilSynced(person.page);
    const fhir = (await person.page.evaluate(async () => (await fetch("/api/export/fhir")).json())) as {
      entry: { resource: { resourceType: string; note?: { text: string }[] } }[];
    };
    const observation = fhir.entry.find((e) => e.resource.resourceType === "Observation")?.resource;
    expect(observation?.note).toEqual([{ text: note }]);

    await person.page.goto("/#/share");
    await person.page.getByTestId("share-create").click();
    const url = await person.page.getByTestId("share-url").inputValue();
    await person.screenshot("share-new-link-360x640");
    const clinician = await suite.open();
    await clinician.page.goto(url);
    const table = clinician.page.getByTestId("trend-table");
    await table.waitFor();
    await table.scrollIntoViewIfNeeded();
    await clinician.screenshot("shared-view-entries-1280x800");
    expect(await table.getByTestId("entry-note").textContent()).toContain(note);
    expect(await table.getByTestId("entry-symptoms").textContent()).toMatch(/hot and shivery/);
  });

  it("[C-share-expires-revokes] takes the record off a clinician's open page within 60 s of Stop sharing, without a reload", async () => {
    const person = await suite.open();
    const url = await personWithShare(person.page, "Left open");
    const clinician = await suite.open({ controlledClock: true });
    await clinician.page.goto(url);
    await clinician.page.getByTestId("shared-view").waitFor();

    await person.page.getByTestId("share-done").click();
    await person.page.getByTestId("share-stop").click();
    expect(await person.page.getByTestId("share-stop-words").textContent()).toMatch(
      /A page already open on it takes your record off the screen within a minute/,
    );
    await person.page.getByTestId("share-stop-confirm").click();
    await person.page.getByTestId("shares-past").waitFor();

    expect(await clinician.page.getByTestId("shared-view").count()).toBe(1);
    await clinician.page.clock.runFor(60_000);
    await clinician.page.getByTestId("shared-withdrawn").waitFor();
    expect(await clinician.page.getByTestId("shared-view").count()).toBe(0);
    expect(await clinician.page.getByTestId("shared-withdrawn").textContent()).toMatch(
      /This link was withdrawn or has expired/,
    );
  });

  it("says plainly why sharing needs an account, and why it needs the connection", async () => {
    const { page, context } = await suite.open({ phone: true });
    await page.goto("/#/share");
    await page.getByTestId("share-needs-account").waitFor();
    expect(await page.getByTestId("share-form").count()).toBe(0);
    await context.setOffline(true);
    await page.evaluate(() => globalThis.dispatchEvent(new Event("offline")));
    await page.getByTestId("share-needs-connection").waitFor();
    expect(await page.getByTestId("share-needs-connection").textContent()).toMatch(/need the internet/);
    await context.setOffline(false);
  });

  it("fits the clinician's view to a phone, a tablet and a clinic desktop without sideways scrolling, light and dark", async () => {
    const person = await suite.open();
    const url = await personWithShare(person.page, "Sizes");
    const clinician = await suite.open();
    await clinician.page.goto(url);
    await clinician.page.getByTestId("shared-safety").waitFor();
    for (const [width, height] of [
      [360, 640],
      [768, 1024],
      [1280, 800],
    ] as const) {
      await clinician.page.setViewportSize({ width, height });
      for (const colorScheme of ["light", "dark"] as const) {
        await clinician.page.emulateMedia({ colorScheme });
        const scrollWidth = await clinician.page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `${width} x ${height}`).toBeLessThanOrEqual(width);
        await clinician.screenshot(`shared-view-${width}x${height}-${colorScheme}`);
      }
    }
    expect(await axeViolations(clinician.page)).toEqual([]);
    // On paper (even from a dark-themed screen): no buttons, no site header, dark ink on white.
    await clinician.page.emulateMedia({ media: "print", colorScheme: "dark" });
    const inkContrast = await clinician.page.evaluate(() => {
      const luminance = (css: string) => {
        const [r, g, b] = (css.match(/\d+/g) ?? []).slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
      };
      const texts = [...document.querySelectorAll(".shared-view h2, .shared-view p, .shared-view li .muted")];
      return Math.min(...texts.map((e) => 1.05 / (luminance(getComputedStyle(e).color) + 0.05)));
    });
    expect(inkContrast).toBeGreaterThanOrEqual(4.5);
    expect(await clinician.page.getByTestId("shared-print").isVisible()).toBe(false);
    expect(await clinician.page.locator(".site-header").isVisible()).toBe(false);
    expect(await clinician.page.getByTestId("shared-safety").isVisible()).toBe(true);
  });

  it("[C-share-expires-revokes] gives a link that never existed the same withdrawn words", async () => {
    const { page } = await suite.open({ phone: true });
    await page.goto(`/#/shared/${"A".repeat(43)}`);
    await page.getByTestId("shared-withdrawn").waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "This link was withdrawn or has expired",
    );
  });
});
