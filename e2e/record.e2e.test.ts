import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import { useBrowserSuite } from "./harness/browser-suite";
import { answerScreening } from "./harness/screening-journey";
import { openSafetyReminder } from "./harness/session-journey";

const suite = useBrowserSuite();

async function downloadJson(page: Page, testId: string): Promise<Record<string, unknown>> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const path = await download.path();
  return JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
}

describe("explaining, and the record a physical therapist or physician sees", () => {
  it("explains the pop step by step (P9-P11) and says plainly it does not decide whether a stretch worked", async () => {
    const { page, screenshot } = await suite.open({ phone: true });
    await page.goto("/#/explain/pop");
    expect(await page.getByTestId("pop-key-message").textContent()).toMatch(
      /pop does not decide whether a stretch worked/i,
    );
    const sources = new Set<string>();
    for (;;) {
      // Each citation is a link a person can open (Cite), carrying its paragraph in data-cite.
      const cited = await page
        .getByTestId("pop-step")
        .locator("a.cite")
        .evaluateAll((links) => links.map((link) => link.getAttribute("data-cite") ?? ""));
      for (const source of cited) sources.add(source);
      if (await page.getByTestId("pop-next").isDisabled()) break;
      await page.getByTestId("pop-next").click();
    }
    expect([...sources].sort()).toEqual(expect.arrayContaining(["P10", "P11", "P9"]));

    await page.getByTestId("pop-stretch").fill("100");
    expect(await page.getByTestId("pop-joint-state").textContent()).toMatch(/bubble/);
    await screenshot("explain-pop");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("jumps straight to the end of the stretch animation when reduced motion is preferred", async () => {
    const { page } = await suite.open();
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/#/explain/pop");
    await page.getByTestId("pop-stretch").fill("0");
    await page.getByTestId("pop-play").click();
    await expect.poll(() => page.getByTestId("pop-stretch").inputValue(), { timeout: 300 }).toBe("100");
  });

  it("marks the person's own warning signs on 'when to get help'", async () => {
    const { page, screenshot } = await suite.open({ phone: true });
    await answerScreening(page, ["recent-injury"]);
    await page.getByTestId("outcome-see-professional").waitFor();
    await page.goto("/#/explain/help");
    expect(await page.getByTestId("help-flagged-summary").textContent()).toMatch(/One sign below applies/);
    const marked = page.locator("li", { hasText: "Applies to you" });
    expect(await marked.count()).toBe(1);
    expect(await page.getByText(/emergency services/i).count()).toBeGreaterThan(0);
    await screenshot("explain-help");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("prints a visit summary with the screening, the stop for pain and the check-in, and downloads JSON and FHIR", async () => {
    const { page, screenshot } = await suite.open();
    await openSafetyReminder(page, "supine-spinal-twist");
    await page.getByTestId("session-begin").click();
    await page.getByTestId("session-stop-pain").click();
    await page.getByTestId("session-go-check-in").click();
    await page.getByTestId("stiffness-6").check();
    await page.getByTestId("pain-4").check();
    await page.getByTestId("checkin-submit").click();
    await page.getByRole("heading", { name: "Check-in saved" }).waitFor();

    await page.goto("/#/summary");
    await page.getByTestId("summary-sessions").waitFor();
    expect(await page.getByTestId("summary-outcome").textContent()).toMatch(/self-care/i);
    expect(await page.getByTestId("summary-sessions").textContent()).toMatch(/pain/i);
    await screenshot("summary");
    expect(await axeViolations(page)).toEqual([]);

    const record = await downloadJson(page, "download-json");
    const events = record.events as { type: string; outcome?: string; stiffness?: number }[];
    expect(events.find((e) => e.type === "session")?.outcome).toBe("stopped-for-pain");
    expect(events.find((e) => e.type === "check-in")?.stiffness).toBe(6);
    expect(record.screenings).toHaveLength(1);

    const bundle = await downloadJson(page, "download-fhir");
    expect(bundle.resourceType).toBe("Bundle");
    expect(bundle.type).toBe("collection");
    const types = (bundle.entry as { resource: { resourceType: string } }[]).map(
      (e) => e.resource.resourceType,
    );
    expect(types).toEqual(expect.arrayContaining(["QuestionnaireResponse", "Observation"]));

    // On paper the download and print buttons are left out.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("download-json").isVisible()).toBe(false);
  });

  it("draws a chart that cannot mislead: sessions on their own lane, 12-16 px labels at every size and on paper, the axis up to today, phone tables stacked", async () => {
    const { page, screenshot } = await suite.open();
    await openSafetyReminder(page, "supine-spinal-twist");
    await page.getByTestId("session-begin").click();
    await page.getByTestId("session-stop-pain").click();
    await page.getByTestId("session-go-check-in").click();
    await page.getByTestId("stiffness-6").check();
    await page.getByTestId("pain-4").check();
    await page.getByTestId("checkin-submit").click();
    await page.getByRole("heading", { name: "Check-in saved" }).waitFor();
    await page.goto("/#/summary");
    await page.getByTestId("trend-chart").waitFor();

    const measure = () =>
      page.evaluate(() => {
        const box = (e: Element) => e.getBoundingClientRect();
        const labels = [...document.querySelectorAll(".trend-label")].filter((e) => box(e).width > 0);
        const zeroLine = [...document.querySelectorAll(".trend .grid")]
          .map(box)
          .sort((a, b) => b.top - a.top)[0];
        const markers = [...document.querySelectorAll(".trend [data-outcome]")].map(box);
        const xLabels = [...document.querySelectorAll(".trend-label-x")].map((e) => e.textContent);
        return {
          sizes: labels.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
          heights: labels.map((e) => box(e).height),
          zeroLineBottom: zeroLine?.bottom ?? 0,
          markerTops: markers.map((m) => m.top),
          lastXLabel: xLabels.at(-1),
          today: new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" }).format(new Date()),
        };
      });
    for (const [width, height, media] of [
      [360, 640, "screen"],
      [1280, 800, "screen"],
      [1280, 800, "print"],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ media });
      await page.locator(".trend").first().scrollIntoViewIfNeeded();
      await screenshot(`chart-${width}x${height}-${media}`);
      const seen = await measure();
      const at = `${width} x ${height} ${media}`;
      expect(seen.sizes.length, at).toBeGreaterThan(0);
      for (const size of seen.sizes) expect(size, at).toBeGreaterThanOrEqual(12);
      for (const size of seen.sizes) expect(size, at).toBeLessThanOrEqual(16);
      for (const h of seen.heights) expect(h, at).toBeLessThanOrEqual(22);
      expect(seen.markerTops.length, at).toBeGreaterThan(0);
      for (const top of seen.markerTops) expect(top, at).toBeGreaterThan(seen.zeroLineBottom);
      expect(seen.lastXLabel, at).toBe(seen.today);
    }

    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 360, height: 640 });
    const table = page.getByTestId("trend-table");
    const fits = await table.evaluate((t) => {
      const region = t.closest(".table-scroll") as HTMLElement;
      return { scroll: region.scrollWidth, client: region.clientWidth };
    });
    expect(fits.scroll).toBeLessThanOrEqual(fits.client);
    // The check-in's pain (a session's empty cells are left out of its card).
    expect(await table.locator("tr:not([data-outcome]) td[data-label^='Pain']").first().isVisible()).toBe(
      true,
    );
  });
});
