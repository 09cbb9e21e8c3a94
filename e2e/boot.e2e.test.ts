/**
 * The moments before the app has taken over the prerendered first screen. Its buttons are plain HTML until
 * then; a tap made in that window must still count, and a link followed in it must not leave the person
 * looking at the home screen.
 */
import type { Page, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserSuite } from "./harness/browser-suite";
import { freezeClock } from "./harness/session-journey";

const suite = useBrowserSuite();

/**
 * Holds every request for a script whose file name starts with `chunk` until `release` is called;
 * `requested` settles at the first request.
 */
async function holdScript(
  page: Page,
  chunk: string,
): Promise<{ requested: Promise<void>; release: () => Promise<void> }> {
  const held: Route[] = [];
  let released = false;
  let onRequest = () => {};
  const requested = new Promise<void>((resolve) => {
    onRequest = resolve;
  });
  await page.route(new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`), async (route) => {
    onRequest();
    if (released) await route.continue();
    else held.push(route);
  });
  return {
    requested,
    release: async () => {
      released = true;
      await Promise.all(held.splice(0).map((route) => route.continue()));
    },
  };
}

describe("before the app has started", () => {
  it("keeps a tap on the first screen's button and acts on it once the app has started", async () => {
    const { page } = await suite.open({ phone: true });
    const boot = await holdScript(page, "boot");
    await page.goto("/");
    const urge = page.getByTestId("urge-button");
    await urge.click();
    expect(await page.locator("#app[data-booted]").count()).toBe(0);

    await boot.release();
    await page.getByTestId("urge-undo").waitFor();
    await page.goto("/#/journal");
    await expect
      .poll(async () => (await page.locator(".journal-urges strong").textContent())?.trim())
      .toBe("1");
  });

  it("shows the screen a link leads to once its code is here, while the home screen's code is still on its way", async () => {
    const { page } = await suite.open({ controlledClock: true });
    const home = await holdScript(page, "HomeRoute");
    await page.goto("/");
    await page.getByTestId("home-start-screening").waitFor();
    // The app has started (it asks for the home's code first); the prerendered home is still shown.
    await home.requested;
    // No timer may fire from here on: the app must start because the address changed, not by giving up.
    await freezeClock(page);

    await page.goto("/#/journal");
    await page.getByRole("heading", { level: 1, name: "Your journal" }).waitFor();
    expect(await page.getByTestId("home-start-screening").count()).toBe(0);
    await home.release();
  });
});

describe("once the app has started", () => {
  it("registers the service worker only after the app has taken over the first screen", async () => {
    const { page } = await suite.open({ phone: true });
    // Records, at the moment of registration, whether the app had already taken over the prerendered screen.
    await page.addInitScript(() => {
      const container = navigator.serviceWorker;
      const register = container.register.bind(container);
      container.register = (...args: Parameters<typeof register>) => {
        (globalThis as unknown as { __registeredAfterBoot: boolean }).__registeredAfterBoot =
          document.getElementById("app")?.dataset.booted === "true";
        return register(...args);
      };
    });
    // The home's code held: the app's own code runs, but it cannot take over the screen yet (it would give up
    // waiting after 3 s).
    const home = await holdScript(page, "HomeRoute");
    await page.goto("/");
    await home.requested;
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => "__registeredAfterBoot" in globalThis)).toBe(false);

    await home.release();
    await expect
      .poll(() =>
        page.evaluate(() => (globalThis as { __registeredAfterBoot?: boolean }).__registeredAfterBoot),
      )
      .toBe(true);
  });
});
