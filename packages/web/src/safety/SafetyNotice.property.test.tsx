import type { JournalEvent } from "@limber/core/journal/events";
import { assessSafety } from "@limber/core/safety/safety-state";
import { SCREENING_LINK_IDS, type ScreeningLinkId } from "@limber/core/screening/questionnaire";
import { instant } from "@limber/core/units";
import { cleanup, render } from "@testing-library/preact";
import fc from "fast-check";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { screeningAt } from "../../test-support/safety-fixtures";
import { SafetyNotice } from "./SafetyNotice";
import { loadSafetyCore } from "./safety-core";

const NOW = Date.parse("2026-11-24T20:00:00Z");
const HOUR = 3_600_000;

const linkIds = fc.subarray([...SCREENING_LINK_IDS] as ScreeningLinkId[]);
const event = fc.oneof(
  fc.record({ kind: fc.constant("stop" as const), hoursAgo: fc.integer({ min: 0, max: 200 }) }),
  fc.record({ kind: fc.constant("urge" as const), hoursAgo: fc.integer({ min: 0, max: 200 }) }),
  fc.record({
    kind: fc.constant("check-in" as const),
    hoursAgo: fc.integer({ min: 0, max: 200 }),
    symptoms: fc.subarray([...SCREENING_LINK_IDS] as ScreeningLinkId[], { maxLength: 2 }),
  }),
);

type EventSpec = { kind: "stop" | "urge" | "check-in"; hoursAgo: number; symptoms?: ScreeningLinkId[] };

function toEvent(spec: EventSpec, index: number): JournalEvent {
  const at = new Date(NOW - spec.hoursAgo * HOUR - index).toISOString();
  const id = `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`;
  if (spec.kind === "stop") {
    return {
      type: "session",
      id,
      at,
      technique: "supine-spinal-twist",
      outcome: "stopped-for-pain",
    } as const;
  }
  if (spec.kind === "urge") return { type: "adjust-urge", id, at } as const;
  return {
    type: "check-in",
    id,
    at,
    stiffness: 4,
    pain: 3,
    symptoms: spec.symptoms as ScreeningLinkId[],
  } as const;
}

const technique = () =>
  [...document.querySelectorAll("a")].some((a) =>
    /^#\/(techniques|session)/.test(a.getAttribute("href") ?? ""),
  );

beforeAll(() => loadSafetyCore());
afterEach(cleanup);

describe("the safety notice, for any record (property)", () => {
  it("[C-emergency-everywhere] [C-messages-agree] names every reason, shows an emergency as a red alert with a tel: link and no technique, and never reassures while a reason stands", () => {
    fc.assert(
      fc.property(
        fc.option(fc.record({ yes: linkIds, hoursAgo: fc.integer({ min: 0, max: 48 }) })),
        fc.array(event, { maxLength: 6 }),
        (screening, specs) => {
          const events: JournalEvent[] = specs.map((spec, index) => toEvent(spec, index));
          const state = assessSafety({
            latestScreening: screening
              ? screeningAt(new Date(NOW - screening.hoursAgo * HOUR).toISOString(), screening.yes)
              : null,
            events,
            acknowledgements: [],
            timeZone: "Europe/London",
            now: instant(NOW),
          });
          const { container } = render(<SafetyNotice state={state} />);
          const shown = new Set(
            [...container.querySelectorAll("[data-reason]")].flatMap((li) =>
              (li.getAttribute("data-reason") ?? "").split(" "),
            ),
          );
          for (const reason of state.reasons) expect(shown.has(reason.code)).toBe(true);
          const notice = container.querySelector("[data-testid='safety-notice']");
          expect(notice?.getAttribute("data-level")).toBe(state.level);
          if (state.level === "emergency") {
            expect(notice?.getAttribute("role")).toBe("alert");
            expect(container.querySelector("[data-testid='emergency-call']")?.getAttribute("href")).toMatch(
              /^tel:\d+$/,
            );
          }
          if (!state.sessionAllowed) expect(technique()).toBe(false);
          if (state.reasons.length > 0)
            expect(container.textContent).not.toMatch(/up to date|no warning signs/);
          cleanup();
        },
      ),
      { numRuns: 150 },
    );
  });
});
