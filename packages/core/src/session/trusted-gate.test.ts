import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hoursBefore, NOW, uuid, validSafetyInputArb } from "../../test-support/valid-record";
import type { JournalEvent } from "../journal/events";
import { assessTrustedSafety } from "../safety/trusted-safety-state";
import { SCREENING_LINK_IDS } from "../screening/questionnaire";
import { type Answers, decide } from "../screening/triage";
import { HOUR_MS, instant } from "../units";
import { checkSessionGate, type GateInput } from "./gate";
import { startSession } from "./machine";
import { DEFAULT_SESSION_SETTINGS } from "./settings";
import { checkTrustedSessionGate } from "./trusted-gate";

const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((linkId) => [linkId, false])) as Answers;
const record = (overrides: Partial<GateInput> = {}): GateInput => ({
  latestScreening: { decision: decide(allNo), at: hoursBefore(4) },
  earlierScreenings: [],
  events: [],
  acknowledgements: [],
  timeZone: "Europe/London",
  now: NOW,
  ...overrides,
});
const urges = [1, 1.5, 26, 26.5].map(
  (hours, n): JournalEvent => ({ type: "adjust-urge", id: uuid(10 + n), at: hoursBefore(hours) }),
);

describe("[C-engine-refuses-unsafe] the session gate over the device's own record (validated when it entered the store)", () => {
  it("gives exactly the validating gate's answer on every valid record, refusals and their reasons included (property)", () => {
    const seen = { opened: 0, refused: 0 };
    fc.assert(
      fc.property(validSafetyInputArb, (input) => {
        const trusted = checkTrustedSessionGate(input);
        expect(trusted).toEqual(checkSessionGate(input));
        seen[trusted.ok ? "opened" : "refused"] += 1;
      }),
      { numRuns: 400 },
    );
    // Both answers were exercised, not only refusals.
    expect(seen.opened).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it("opens exactly when the safety state the screens show allows a session (property)", () => {
    fc.assert(
      fc.property(validSafetyInputArb, (input) => {
        expect(checkTrustedSessionGate(input).ok).toBe(assessTrustedSafety(input).sessionAllowed);
      }),
      { numRuns: 200 },
    );
  });

  it("is the gate the engine applies: startSession starts exactly when it opens, naming its reason otherwise (property)", () => {
    fc.assert(
      fc.property(validSafetyInputArb, (input) => {
        const gate = checkTrustedSessionGate(input);
        const started = startSession("supine-spinal-twist", {
          settings: DEFAULT_SESSION_SETTINGS,
          gate: input,
          now: instant(0),
        });
        if (gate.ok) expect(started.ok).toBe(true);
        else
          expect(started).toEqual({
            ok: false,
            issues: [{ code: "screening_required", path: gate.reason, message: gate.message }],
          });
      }),
      { numRuns: 200 },
    );
  });

  it("refuses what the validating gate refuses: no screening, an expired one, an emergency, a stop for pain, an unacknowledged flag", () => {
    const refusals: [string, GateInput][] = [
      ["no-screening", record({ latestScreening: null })],
      [
        "screening-expired",
        record({
          latestScreening: { decision: decide(allNo), at: new Date(NOW - 24 * HOUR_MS - 1).toISOString() },
        }),
      ],
      [
        "saddle-numbness",
        record({
          latestScreening: { decision: decide({ ...allNo, "saddle-numbness": true }), at: hoursBefore(1) },
        }),
      ],
      [
        "stopped-for-pain",
        record({
          events: [
            {
              type: "session",
              id: uuid(1),
              at: hoursBefore(2),
              technique: "thoracic-foam-roll",
              outcome: "stopped-for-pain",
            },
          ],
        }),
      ],
      ["frequent-adjusting", record({ events: urges })],
    ];
    for (const [reason, input] of refusals) {
      expect(checkTrustedSessionGate(input)).toMatchObject({ ok: false, reason });
      expect(checkSessionGate(input)).toMatchObject({ ok: false, reason });
    }
  });

  it("opens on a fresh self-care screening, and on a journal flag once it is acknowledged", () => {
    expect(checkTrustedSessionGate(record())).toMatchObject({ ok: true, safety: { level: "ready" } });
    const acknowledged = record({
      events: urges,
      acknowledgements: [{ code: "frequent-adjusting", at: hoursBefore(0.1) }],
    });
    expect(checkTrustedSessionGate(acknowledged)).toMatchObject({
      ok: true,
      safety: { level: "see-professional" },
    });
  });

  it("still refuses a record it cannot read (two different events under one id)", () => {
    const at = hoursBefore(1);
    const clash = record({
      events: [
        { type: "adjust-urge", id: uuid(1), at },
        { type: "check-in", id: uuid(1), at, stiffness: 3, pain: 0, symptoms: [] },
      ],
    });
    expect(checkTrustedSessionGate(clash)).toMatchObject({ ok: false, reason: "journal-unreadable" });
  });
});
