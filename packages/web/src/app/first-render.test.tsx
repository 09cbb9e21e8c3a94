import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { decide } from "@limber/core/screening/triage";
import { render } from "preact";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderFirstScreen as prerender } from "../pwa/prerender-entry";
import { loadSafetyCore } from "../safety/safety-core";
import * as store from "../storage/store";
import { ready, recordScreening } from "../storage/store";
import { App as AppForTest } from "./App";
import { renderFirstScreen } from "./first-render";
import { preloadScreen } from "./RouteView";
import { location } from "./router";

const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as Parameters<typeof decide>[0];
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The app's own first render for the record as it is now, into an empty container. */
async function appsFirstRender(): Promise<string> {
  const container = document.createElement("div");
  render(<AppForTest />, container);
  const html = container.innerHTML;
  render(null, container);
  return html;
}

beforeAll(async () => {
  location.value = { path: "/", query: new URLSearchParams() };
  await Promise.all([preloadScreen("/"), ready, loadSafetyCore()]);
  await settle();
});

const roots: HTMLElement[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) render(null, root);
});

function prerenderedPage(html: string): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML = html;
  document.body.append(root);
  roots.push(root);
  return root;
}

describe("the app's first render over the prerendered home", () => {
  it("is, for an empty record, node for node what the build prerendered, so hydrating it changes nothing", async () => {
    const built = await prerender(document.createElement("div"));
    expect(built).toContain("Gentle relief for a stiff back");
    expect(await appsFirstRender()).toBe(built);
    const root = prerenderedPage(built);
    const heading = root.querySelector("h1");
    expect(renderFirstScreen(root, store)).toBe("hydrated");
    expect(root.innerHTML).toBe(built);
    // The very nodes the page had, now the app's: a tap on one reaches the app.
    expect(root.querySelector("h1")).toBe(heading);
    const toggle = root.querySelector<HTMLButtonElement>("button.nav-toggle");
    expect(toggle?.getAttribute("aria-expanded")).toBe("false");
    await settle();
    toggle?.click();
    await settle();
    expect(toggle?.getAttribute("aria-expanded")).toBe("true");
  });

  it("renders in full when the screen shown is not the prerendered one (the record not loaded in time, another address)", async () => {
    const built = await prerender(document.createElement("div"));
    expect(renderFirstScreen(prerenderedPage(built), null)).toBe("rendered");
  });

  it("renders in full once the record holds anything, drawing the screen that record calls for", async () => {
    const built = await prerender(document.createElement("div"));
    await recordScreening(allNo, decide(allNo));
    await settle();
    const root = prerenderedPage(built);
    expect(renderFirstScreen(root, store)).toBe("rendered");
    const expected = await appsFirstRender();
    expect(expected).not.toBe(built);
    expect(root.innerHTML).toBe(expected);
  });
});
