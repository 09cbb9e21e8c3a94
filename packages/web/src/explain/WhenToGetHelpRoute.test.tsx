import { JOURNAL_TRIGGERS } from "@limber/core/content/escalation";
import { SCREENING_ITEMS, SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { type Answers, decide } from "@limber/core/screening/triage";
import { cleanup, render } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { storeReady } from "../app/store-ready";
import { recordEvent, recordScreening, store } from "../storage/store";
import WhenToGetHelpRoute from "./WhenToGetHelpRoute";

const answers = (yes: string[]) =>
  Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, yes.includes(id)])) as Answers;
const flagged = (container: Element) =>
  [...container.querySelectorAll("[data-flagged]")].map((li) => li.getAttribute("data-trigger"));

beforeAll(() => import("@limber/core/journal/events"));
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
    const saddle = container.querySelector('[data-trigger="saddle-numbness"]');
    expect(saddle?.textContent).toContain(
      SCREENING_ITEMS.find((i) => i.linkId === "saddle-numbness")?.source,
    );
    expect(container.textContent).toMatch(/call emergency services now/i);
    expect(container.textContent).toMatch(/physical therapist or physician/);
  });

  it("marks nothing for a person with no flags", () => {
    const { container } = render(<WhenToGetHelpRoute />);
    expect(flagged(container)).toEqual([]);
  });

  it("marks the signs the person answered yes to in their latest screening, in words", async () => {
    const yes = ["chest-pain", "osteoporosis"];
    await recordScreening(answers(yes), decide(answers(yes)));
    const { container } = render(<WhenToGetHelpRoute />);
    expect(flagged(container).sort()).toEqual(yes.sort());
    expect(container.querySelector('[data-trigger="chest-pain"]')?.textContent).toMatch(/^Applies to you:/);
  });

  it("marks a frequent urge to crack the back found by the journal assessment", async () => {
    const hourAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    await recordEvent({ type: "adjust-urge", id: crypto.randomUUID(), at: hourAgo(0.05) });
    await recordEvent({ type: "adjust-urge", id: crypto.randomUUID(), at: hourAgo(0.1) });
    const { container } = render(<WhenToGetHelpRoute />);
    expect(flagged(container)).toEqual(["frequent-adjusting"]);
  });
});
