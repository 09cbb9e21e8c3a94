import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { type Answers, decide } from "@limber/core/screening/triage";
import { cleanup, render, screen } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { recordEvent, recordScreening, store } from "../../storage/store";
import { storeReady } from "../store-ready";
import HomeRoute from "./HomeRoute";

const answers = (yes: string[] = []) =>
  Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, yes.includes(id)])) as Answers;

beforeAll(() => import("@limber/core/journal/events"));
beforeEach(async () => {
  await store.eraseDevice();
  storeReady.value = true;
});
afterEach(cleanup);

describe("the home screen", () => {
  it("says Limber is self-care guidance, not a diagnosis", () => {
    render(<HomeRoute />);
    expect(document.body.textContent).toMatch(/does not diagnose or treat/);
  });

  it("starts with the screening when there is none yet, and offers no technique", () => {
    render(<HomeRoute />);
    expect(screen.getByTestId("home-start-screening").getAttribute("href")).toBe("#/screening");
    expect(screen.queryByTestId("home-continue")).toBeNull();
  });

  it("goes straight to the techniques while a self-care screening is valid", async () => {
    await recordScreening(answers(), decide(answers()));
    render(<HomeRoute />);
    expect(screen.getByTestId("home-continue").getAttribute("href")).toBe("#/techniques");
  });

  it("asks for a new screening after a session was stopped for pain", async () => {
    await recordScreening(answers(), decide(answers()));
    await recordEvent({
      type: "session",
      id: crypto.randomUUID(),
      at: new Date(Date.now() + 1000).toISOString(),
      technique: "supine-spinal-twist",
      outcome: "stopped-for-pain",
    });
    render(<HomeRoute />);
    expect(screen.queryByTestId("home-continue")).toBeNull();
    expect(screen.getByTestId("home-gate-message").textContent).toMatch(/stopped a session because of pain/);
  });

  it("offers the urge button on the first screen", () => {
    render(<HomeRoute />);
    expect(screen.getByTestId("urge-button")).toBeTruthy();
  });
});
