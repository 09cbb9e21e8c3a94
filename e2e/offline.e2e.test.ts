import { describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import { useBrowserSuite } from "./harness/browser-suite";
import { answerScreening } from "./harness/screening-journey";

const suite = useBrowserSuite();

type Manifest = {
  name: string;
  start_url: string;
  display: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
};

describe("offline use and installation", () => {
  it("works with no network after the first visit: reload, lazy screens, the screening and the journal", async () => {
    const { page, context } = await suite.open({ phone: true });
    await page.goto("/");
    await page.getByTestId("home-start-screening").waitFor();
    // The worker caches the whole build while it installs; once it controls the page the app works offline.
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");

    await context.setOffline(true);
    await page.reload();
    await page.getByTestId("home-start-screening").waitFor();
    // Screens never opened online come from the worker's cache too.
    await page.goto("/#/explain/pop");
    await page.getByTestId("pop-key-message").waitFor();
    await answerScreening(page, []);
    await page.getByTestId("outcome-self-care").waitFor();
    await page.goto("/#/journal");
    await page.getByTestId("urge-button").click();
    await page.getByTestId("urge-undo").waitFor();

    // What was recorded offline is still there after an offline reload (IndexedDB, not memory).
    await page.reload();
    await page.getByText(/Urges to crack your back in this period: 1/).waitFor();
  });

  it("is installable: a manifest with a standalone start page and PNG icons that load", async () => {
    const { page } = await suite.open();
    await page.goto("/");
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBeTruthy();
    const response = await page.request.get(href ?? "");
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as Manifest;
    expect(manifest.name).toMatch(/Limber/);
    expect(manifest.start_url).toBe("/");
    expect(manifest.display).toBe("standalone");
    const sizes = manifest.icons.filter((icon) => icon.type === "image/png").map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons) {
      const image = await page.request.get(icon.src);
      expect(image.ok(), icon.src).toBe(true);
      expect(image.headers()["content-type"]).toContain(icon.type);
    }
  });

  it("keeps the offline screens free of axe violations", async () => {
    const { page, context } = await suite.open({ phone: true });
    await page.goto("/");
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated");
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId("home-start-screening").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
