import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JournalEvent } from "../journal/events";
import { assessSafety } from "../safety/safety-state";
import { SCREENING_LINK_IDS, type ScreeningLinkId } from "../screening/questionnaire";
import { type Answers, decide } from "../screening/triage";
import { HOUR_MS, instant } from "../units";
import { checkSessionGate, type GateInput } from "./gate";
import { startSession } from "./machine";
import { DEFAULT_SESSION_SETTINGS } from "./settings";

const NOW = instant(Date.parse("2026-11-24T12:00:00Z"));
const hoursBefore = (hours: number) => new Date(NOW - hours * HOUR_MS).toISOString();
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((linkId) => [linkId, false])) as Answers;
const yesTo = (...linkIds: ScreeningLinkId[]): Answers => ({
  ...allNo,
  ...Object.fromEntries(linkIds.map((linkId) => [linkId, true])),
});
const gate = (overrides: Partial<GateInput> = {}): GateInput => ({
  latestScreening: { decision: decide(allNo), at: hoursBefore(4) },
  events: [],
  acknowledgements: [],
  timeZone: "Europe/London",
  now: NOW,
  ...overrides,
});
const stop = (n: number, at: string): JournalEvent => ({
  type: "session",
  id: uuid(n),
  at,
  technique: "thoracic-foam-roll",
  outcome: "stopped-for-pain",
});
const urges = [1, 1.5, 26, 26.5].map(
  (hours, n): JournalEvent => ({ type: "adjust-urge", id: uuid(10 + n), at: hoursBefore(hours) }),
);

const gateArb = fc.record({
  latestScreening: fc.option(
    fc.record({
      decision: fc
        .subarray([...SCREENING_LINK_IDS])
        .map((ids) => decide(yesTo(...(ids as ScreeningLinkId[])))),
      at: fc.integer({ min: 0, max: 48 }).map(hoursBefore),
    }),
    { nil: null },
  ),
  events: fc
    .array(
      fc.oneof(
        fc.record({
          type: fc.constant("check-in" as const),
          at: fc.integer({ min: 0, max: 96 }),
          stiffness: fc.integer({ min: 0, max: 10 }),
          pain: fc.integer({ min: 0, max: 10 }),
          symptoms: fc.subarray([...SCREENING_LINK_IDS]),
        }),
        fc.record({
          type: fc.constant("session" as const),
          at: fc.integer({ min: 0, max: 96 }),
          technique: fc.constant("supine-spinal-twist" as const),
          outcome: fc.constantFrom("completed" as const, "stopped-for-pain" as const, "abandoned" as const),
        }),
        fc.record({ type: fc.constant("adjust-urge" as const), at: fc.integer({ min: 0, max: 96 }) }),
      ),
      { maxLength: 8 },
    )
    .map((events) =>
      events.map((e, n) => ({ ...e, id: uuid(n + 1), at: hoursBefore(e.at) }) as JournalEvent),
    ),
  acknowledgements: fc.array(
    fc.record({
      code: fc.constantFrom("frequent-adjusting", "repeated-sharp-pain", "persistent-48h", "fever"),
      at: fc.integer({ min: 0, max: 30 }).map(hoursBefore),
    }),
    { maxLength: 3 },
  ),
  timeZone: fc.constantFrom("Europe/London", "America/New_York"),
  now: fc.constant(NOW),
});

describe("[R-session.safety-gate] [C-engine-refuses-unsafe] the session gate opens only when the safety state allows a session", () => {
  it("opens exactly when assessSafety says sessionAllowed, and a refusal carries the state's level and reasons (property)", () => {
    fc.assert(
      fc.property(gateArb, (input) => {
        const safety = assessSafety(input);
        const result = checkSessionGate(input);
        expect(result.ok).toBe(safety.sessionAllowed);
        if (result.ok) expect(result.safety).toEqual(safety);
        else {
          expect(result).toMatchObject({ level: safety.level, reasons: safety.reasons });
          const blocking = safety.reasons.find((reason) => !(reason.acknowledgeable && reason.acknowledged));
          expect(result).toMatchObject({ reason: blocking?.code, message: blocking?.message });
          expect(result.restUntil).toBe(safety.restUntil);
        }
      }),
    );
  });

  it("the engine's startSession refuses, naming the reason, whenever the gate refuses (property)", () => {
    fc.assert(
      fc.property(gateArb, (input) => {
        const result = checkSessionGate(input);
        const started = startSession("thoracic-foam-roll", {
          settings: DEFAULT_SESSION_SETTINGS,
          gate: input,
          now: instant(0),
        });
        expect(started.ok).toBe(result.ok);
        if (!result.ok) {
          expect(started).toEqual({
            ok: false,
            issues: [{ code: "screening_required", path: result.reason, message: result.message }],
          });
        }
      }),
    );
  });

  it("lets a person start on a fresh self-care screening and a quiet journal", () => {
    expect(checkSessionGate(gate())).toMatchObject({ ok: true, safety: { level: "ready", reasons: [] } });
  });

  it("refuses without a screening, asking for one", () => {
    expect(checkSessionGate(gate({ latestScreening: null }))).toMatchObject({
      ok: false,
      level: "rescreen-needed",
      reason: "no-screening",
      message: "Answer the safety questions before your first session.",
    });
  });

  it("refuses on an emergency screening, with the emergency level and the flag as reason", () => {
    const latestScreening = { decision: decide(yesTo("saddle-numbness", "fever")), at: hoursBefore(1) };
    expect(checkSessionGate(gate({ latestScreening }))).toMatchObject({
      ok: false,
      level: "emergency",
      reason: "saddle-numbness",
      reasons: [{ code: "saddle-numbness" }, { code: "fever" }],
    });
  });

  it("[C-see-professional-blocks] refuses on a see-professional screening, even with the reason acknowledged", () => {
    const latestScreening = { decision: decide(yesTo("osteoporosis")), at: hoursBefore(1) };
    const acknowledgements = [{ code: "osteoporosis", at: hoursBefore(0.5) }];
    expect(checkSessionGate(gate({ latestScreening, acknowledgements }))).toMatchObject({
      ok: false,
      level: "see-professional",
      reason: "osteoporosis",
    });
  });

  it("[C-acknowledgement-required] refuses on a journal flag until it is acknowledged, then opens", () => {
    expect(checkSessionGate(gate({ events: urges }))).toMatchObject({
      ok: false,
      level: "see-professional",
      reason: "frequent-adjusting",
    });
    const acknowledged = checkSessionGate(
      gate({ events: urges, acknowledgements: [{ code: "frequent-adjusting", at: hoursBefore(0.1) }] }),
    );
    expect(acknowledged).toMatchObject({ ok: true, safety: { level: "see-professional" } });
  });

  it("[C-rest-until-next-day] refuses after a stop for pain, even one before the latest screening, until the next day", () => {
    const result = checkSessionGate(gate({ events: [stop(1, hoursBefore(5))] }));
    expect(result).toMatchObject({
      ok: false,
      level: "rest-until",
      reason: "stopped-for-pain",
      restUntil: "2026-11-25T00:00:00.000Z",
    });
  });

  it("names the blocking reason, not an acknowledged one above it", () => {
    const result = checkSessionGate(
      gate({
        events: [...urges, stop(1, hoursBefore(0.5))],
        acknowledgements: [{ code: "frequent-adjusting", at: hoursBefore(0.1) }],
      }),
    );
    expect(result).toMatchObject({ ok: false, level: "see-professional", reason: "stopped-for-pain" });
  });

  it("[C-rescreen-24h] refuses on a screening more than 24 hours old", () => {
    const latestScreening = { decision: decide(allNo), at: new Date(NOW - 24 * HOUR_MS - 1).toISOString() };
    expect(checkSessionGate(gate({ latestScreening }))).toMatchObject({
      ok: false,
      reason: "screening-expired",
    });
  });

  it("[C-rescreen-new-symptom] refuses after a check-in reports a new symptom", () => {
    const events: JournalEvent[] = [
      {
        type: "check-in",
        id: uuid(1),
        at: hoursBefore(1),
        stiffness: 2,
        pain: 1,
        symptoms: ["nerve-symptoms"],
      },
    ];
    expect(checkSessionGate(gate({ events }))).toMatchObject({
      ok: false,
      level: "see-professional",
      reasons: [{ code: "nerve-symptoms" }, { code: "new-symptom" }],
    });
  });

  it("ignores symptoms reported before the latest screening", () => {
    const events: JournalEvent[] = [
      { type: "check-in", id: uuid(1), at: hoursBefore(5), stiffness: 6, pain: 5, symptoms: ["fever"] },
      { type: "check-in", id: uuid(2), at: hoursBefore(1), stiffness: 3, pain: 1, symptoms: [] },
    ];
    expect(checkSessionGate(gate({ events })).ok).toBe(true);
  });
});
