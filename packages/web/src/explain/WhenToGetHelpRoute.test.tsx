import { JOURNAL_TRIGGERS } from "@limber/core/content/escalation";
import { EMERGENCY_WHY } from "@limber/core/safety/emergency-why";
import { SCREENING_ITEMS, SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { decide } from "@limber/core/screening/triage";
import { cleanup, render, screen } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answersWithYes } from "../../test-support/safety-fixtures";
import { storeReady } from "../app/store-ready";
import { loadSafetyCore } from "../safety/safety-core";
import { recordEvent, recordScreening, store } from "../storage/store";
import WhenToGetHelpRoute from "./WhenToGetHelpRoute";

const flagged = (container: Element) =>
  [...container.querySelectorAll("[data-flagged]")].map((li) => li.getAttribute("data-trigger"));
const screened = async (yes: Parameters<typeof answersWithYes>[0]) => {
  const answers = answersWithYes(yes);
  await recordScreening(answers, decide(answers));
};

beforeAll(async () => {
  await loadSafetyCore();
  await import("@limber/core/journal/events");
});
beforeEach(async () => {
  await store.eraseDevice();
  storeReady.value = true;
});
afterEach(cleanup);

describe("when to get help", () => {
  it("lists every screening item and every journal trigger with its source", () => {
    const { container } = render(<WhenToGetHelpRoute />);
    const listed = [...container.querySelectorAll("[data-trigger]")].map((li) =>
      li.getAttribute("data-trigger"),
    );
    // Journal triggers that are also screening items (persistent-48h, frequent-adjusting) are listed once.
    const everyTrigger = new Set<string>([...SCREENING_LINK_IDS, ...JOURNAL_TRIGGERS.map((t) => t.code)]);
    expect(listed.sort()).toEqual([...everyTrigger].sort());
    for (const item of SCREENING_ITEMS) {
      const cite = container.querySelector(`[data-trigger="${item.linkId}"] [data-cite]`);
      expect(cite?.getAttribute("data-cite")).toBe(item.source);
    }
    expect(container.textContent).toMatch(/a physical therapist or a physician/);
  });

  it("[C-emergency-why-per-flag] explains each emergency sign with its own why and source", () => {
    const { container } = render(<WhenToGetHelpRoute />);
    for (const [code, why] of Object.entries(EMERGENCY_WHY)) {
      const shown = container.querySelector(`[data-why="${code}"]`);
      expect(shown?.textContent).toContain(why.text);
      expect(shown?.querySelector("[data-cite]")?.getAttribute("data-cite")).toBe(why.source);
    }
    expect(container.querySelector('[data-why="chest-pain"]')?.textContent).not.toMatch(/cauda equina/);
  });

  it("marks nothing and shows no notice for a person who is ready", async () => {
    await screened([]);
    const { container } = render(<WhenToGetHelpRoute />);
    expect(flagged(container)).toEqual([]);
    expect(screen.queryByTestId("safety-notice")).toBeNull();
  });

  it("[C-emergency-everywhere] shows an emergency first, in red with a tel: link, and marks the sign", async () => {
    await screened(["chest-pain", "osteoporosis"]);
    const { container } = render(<WhenToGetHelpRoute />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toMatch(/Call emergency services now/);
    expect(screen.getByTestId("emergency-call").getAttribute("href")).toMatch(/^tel:/);
    // The notice comes before every list on the page.
    const firstList = container.querySelector(".trigger-list") as Element;
    expect(alert.compareDocumentPosition(firstList) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(flagged(container).sort()).toEqual(["chest-pain", "osteoporosis"]);
    expect(container.querySelector('[data-trigger="chest-pain"]')?.textContent).toMatch(/^Applies to you:/);
    expect(container.querySelector('a[href^="#/techniques"], a[href^="#/session"]')).toBeNull();
    // No amber beside the emergency: the sign is marked urgent, and the amber "signs apply" line is left out.
    expect(container.querySelector('[data-trigger="chest-pain"]')?.className).toContain("is-urgent");
    expect(container.querySelector('[data-trigger="osteoporosis"]')?.className).not.toContain("is-urgent");
    expect(screen.queryByTestId("help-flagged-summary")).toBeNull();
  });

  it("[C-messages-agree] marks a frequent urge to crack the back found in the journal", async () => {
    // Two urges on one local day whatever the hour the test runs: yesterday evening, an hour apart.
    const midnight = new Date();
    midnight.setHours(0, 0, 0, 0);
    const beforeMidnight = (h: number) => new Date(midnight.getTime() - h * 3_600_000).toISOString();
    await recordEvent({ type: "adjust-urge", id: crypto.randomUUID(), at: beforeMidnight(1) });
    await recordEvent({ type: "adjust-urge", id: crypto.randomUUID(), at: beforeMidnight(2) });
    const { container } = render(<WhenToGetHelpRoute />);
    expect(flagged(container)).toEqual(["frequent-adjusting"]);
  });
});
