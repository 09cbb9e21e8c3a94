import type { JournalEvent } from "@limber/core/journal/events";
import { assessSafety, EMERGENCY_WHY, type SafetyState } from "@limber/core/safety/safety-state";
import type { ScreeningLinkId } from "@limber/core/screening/questionnaire";
import { instant } from "@limber/core/units";
import { cleanup, render, screen, within } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checkIn, screeningAt, stopForPain, urge } from "../../test-support/safety-fixtures";
import { store, updateSettings } from "../storage/store";
import { localDateTime } from "./reason-origin";
import { SafetyNotice } from "./SafetyNotice";
import { loadSafetyCore } from "./safety-core";
import { rememberInput } from "./state-input";

const NOW = Date.parse("2026-11-24T20:00:00Z");
const ZONE = "Europe/London";

function stateOf(yes: readonly ScreeningLinkId[] | null, events: JournalEvent[] = []): SafetyState {
  return assessSafety({
    latestScreening: yes === null ? null : screeningAt("2026-11-24T19:00:00Z", yes),
    events,
    acknowledgements: [],
    timeZone: ZONE,
    now: instant(NOW),
  });
}

/** The person's state as useSafetyState gives it: computed, with its input remembered. */
function explained(
  yes: readonly ScreeningLinkId[],
  events: JournalEvent[],
  screenedAt = "2026-11-24T19:00:00Z",
): SafetyState {
  const input = {
    latestScreening: screeningAt(screenedAt, yes),
    events,
    acknowledgements: [],
    timeZone: ZONE,
    now: instant(NOW),
  };
  return rememberInput(assessSafety(input), input);
}

const notice = () => screen.getByTestId("safety-notice");
const offersTechnique = () =>
  [...document.querySelectorAll("a")].some((a) =>
    /#\/(techniques|session)/.test(a.getAttribute("href") ?? ""),
  );

beforeAll(() => loadSafetyCore());
beforeEach(() => store.eraseDevice());
afterEach(cleanup);

describe("the safety notice", () => {
  it("[C-emergency-everywhere] shows an emergency in red as an alert, with a tel: link and no technique", () => {
    render(<SafetyNotice state={stateOf(["saddle-numbness"])} />);
    expect(notice().getAttribute("role")).toBe("alert");
    expect(notice().className).toContain("safety-emergency");
    expect(notice().textContent).toMatch(/Call emergency services now/);
    expect(screen.getByTestId("emergency-call").getAttribute("href")).toMatch(/^tel:(999|911|112)$/);
    expect(notice().textContent).toMatch(/Do not use the foam roller or do the twist/);
    expect(offersTechnique()).toBe(false);
  });

  it("[C-emergency-everywhere] dials the number set in Settings instead of the language's default", async () => {
    await updateSettings({ emergencyNumber: "000" });
    render(<SafetyNotice state={stateOf(["both-legs-symptoms"])} />);
    expect(screen.getByTestId("emergency-call").getAttribute("href")).toBe("tel:000");
    expect(screen.getByTestId("emergency-call").textContent).toBe("Call 000");
  });

  it("[C-emergency-why-per-flag] explains chest pain as chest pain, with its own source, not as cauda equina", () => {
    render(<SafetyNotice state={stateOf(["chest-pain"])} />);
    const why = screen.getByTestId("emergency-why");
    expect(why.textContent).toMatch(
      /Chest pain together with back pain is one of the signs that need help straight away/,
    );
    expect(why.textContent).not.toMatch(/cauda equina|base of the spine/);
    expect(why.querySelector("[data-cite]")?.getAttribute("data-cite")).toBe(
      EMERGENCY_WHY["chest-pain"].source,
    );
    expect(EMERGENCY_WHY["chest-pain"].source).not.toBe(EMERGENCY_WHY["saddle-numbness"].source);
  });

  it("[C-emergency-why-per-flag] explains saddle numbness as a cauda equina sign, with its cauda equina source", () => {
    render(<SafetyNotice state={stateOf(["saddle-numbness"])} />);
    const why = screen.getByTestId("emergency-why");
    expect(why.textContent).toMatch(/cauda equina/);
    expect(why.textContent).not.toMatch(/heart/);
    expect(why.querySelector("[data-cite]")?.getAttribute("data-cite")).toBe(
      EMERGENCY_WHY["saddle-numbness"].source,
    );
  });

  it("[C-emergency-why-per-flag] gives each of two emergency flags its own why", () => {
    render(<SafetyNotice state={stateOf(["chest-pain", "bladder-bowel-change"])} />);
    const whys = screen.getAllByTestId("emergency-why").map((why) => why.textContent);
    expect(whys).toHaveLength(2);
    expect(whys.some((text) => /Chest pain together with back pain/.test(text ?? ""))).toBe(true);
    expect(whys.some((text) => /cauda equina/.test(text ?? ""))).toBe(true);
  });

  it("[C-see-professional-blocks] names every reason with its source and both a physical therapist and a physician", () => {
    render(<SafetyNotice state={stateOf(["recent-injury", "osteoporosis"])} />);
    expect(notice().getAttribute("data-level")).toBe("see-professional");
    expect(notice().getAttribute("role")).toBeNull();
    const reasons = [...notice().querySelectorAll("[data-reason]")].map((li) =>
      li.getAttribute("data-reason"),
    );
    expect(reasons).toEqual(["recent-injury", "osteoporosis"]);
    const injury = notice().querySelector("[data-reason='recent-injury']") as HTMLElement;
    expect(within(injury).getByText("P16")).toBeTruthy();
    expect(injury.textContent).toMatch(/From your safety check/);
    expect(screen.getByTestId("safety-who").textContent).toMatch(/a physical therapist or a physician/);
    expect(notice().textContent).toMatch(/Limber offers no session while these reasons stand/);
    expect(offersTechnique()).toBe(false);
  });

  it("[R-safety-state.way-back] shows a reason met in the safety check and in the journal once, naming both", () => {
    const day = "2026-11-24T";
    render(
      <SafetyNotice
        state={explained(["frequent-adjusting"], [urge(`${day}09:00:00Z`), urge(`${day}10:00:00Z`)])}
      />,
    );
    const lines = notice().querySelectorAll("[data-reason~='frequent-adjusting']");
    expect(lines).toHaveLength(1);
    expect(lines[0]?.textContent).toMatch(/From your safety check and your journal\./);
  });

  it("[R-safety-state.way-back] asks for the safety questions once, with every why, when a check-in ticks stiffness", () => {
    const state = explained(
      [],
      [checkIn("2026-11-24T19:30:00Z", ["persistent-48h"])],
      "2026-11-23T12:00:00Z",
    );
    render(<SafetyNotice state={state} />);
    const asks = [...notice().querySelectorAll("li")].filter((li) =>
      /safety questions need answering again|answer the safety questions again/i.test(li.textContent ?? ""),
    );
    expect(asks).toHaveLength(1);
    expect(asks[0]?.textContent).toMatch(
      /new symptom in a check-in and your last safety check is more than 24 hours old/,
    );
    expect(notice().querySelectorAll("[data-reason~='persistent-48h']")).toHaveLength(1);
  });

  it("[R-safety-state.way-back] says what ends each reason, and the earliest way back to a session", () => {
    const day = "2026-11-24T";
    render(<SafetyNotice state={explained([], [urge(`${day}09:00:00Z`), urge(`${day}10:00:00Z`)])} />);
    const ends = screen.getByTestId("safety-reason-ends").textContent ?? "";
    expect(ends).toMatch(/when no day of the last 7 has two urges/);
    expect(ends.startsWith(`Ends on ${localDateTime("2026-12-01T09:00:00.001Z")}, when`)).toBe(true);
    expect(ends).toMatch(/Or say that you understand/);
    expect(screen.getByTestId("safety-way-back").textContent).toBe(
      "Earliest way back to a session: saying that you understand the journal reason above.",
    );
  });

  it("[C-messages-agree] names a journal reason as coming from the journal", () => {
    const day = "2026-11-24T";
    render(<SafetyNotice state={stateOf([], [urge(`${day}09:00:00Z`), urge(`${day}10:00:00Z`)])} />);
    const flag = notice().querySelector("[data-reason='frequent-adjusting']");
    expect(flag?.getAttribute("data-origin")).toBe("journal");
    expect(flag?.textContent).toMatch(/From your journal/);
  });

  it("[C-rest-until-next-day] says until when to rest, in local time, and offers no session or screening", () => {
    const state = stateOf([], [stopForPain("2026-11-24T19:30:00Z")]);
    render(<SafetyNotice state={state} />);
    expect(notice().getAttribute("data-level")).toBe("rest-until");
    const local = localDateTime(state.restUntil ?? "");
    expect(new Date(state.restUntil ?? "").getTime()).toBeGreaterThan(NOW);
    expect(notice().querySelector(".safety-title")?.textContent).toBe("Rest until tomorrow");
    expect(screen.getByTestId("safety-rest-until").textContent).toContain(local);
    expect(offersTechnique()).toBe(false);
    expect(screen.queryByTestId("safety-rescreen")).toBeNull();
  });

  it("asks for the safety questions when there is no screening", () => {
    render(<SafetyNotice state={stateOf(null)} />);
    expect(notice().getAttribute("data-level")).toBe("rescreen-needed");
    expect(screen.getByTestId("safety-rescreen").getAttribute("href")).toBe("#/screening");
    expect(screen.getByTestId("safety-rescreen").textContent).toBe("Answer the safety questions");
  });

  it("[C-messages-agree] is quiet when ready, and never reassures while a reason stands", () => {
    render(<SafetyNotice state={stateOf([])} />);
    expect(notice().getAttribute("data-level")).toBe("ready");
    expect(notice().textContent).toMatch(/up to date/);
    cleanup();
    render(<SafetyNotice state={stateOf(["fever"])} />);
    expect(notice().textContent).not.toMatch(/up to date|suitable today|no warning signs/);
  });

  it("[C-messages-agree] shows no screen's own actions beside an emergency", () => {
    render(
      <SafetyNotice state={stateOf(["chest-pain"])}>
        <a href="#/screening">Screen again</a>
      </SafetyNotice>,
    );
    expect(document.body.textContent).not.toMatch(/Screen again/);
  });
});
