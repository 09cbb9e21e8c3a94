import { describe, expect, it } from "vitest";
import type { JournalEvent } from "../journal/events";
import { instant } from "../units";
import { checkSessionGate } from "./gate";

const NOW = instant(Date.parse("2026-11-24T12:00:00Z"));
const screened = (outcome: "self-care" | "see-professional" | "emergency", at = "2026-11-24T08:00:00Z") => ({
  outcome,
  at,
});
const id = "0b6f1c2e-3c1d-4f7a-9a55-0c1f2e3d4b5a";

describe("session gate (design: a fresh self-care screening before every session)", () => {
  it("lets a person start on a self-care screening younger than 24 hours", () => {
    expect(checkSessionGate({ lastScreening: screened("self-care"), events: [], now: NOW })).toEqual({
      ok: true,
    });
  });

  it("asks for a screening when there is none", () => {
    expect(checkSessionGate({ lastScreening: null, events: [], now: NOW })).toMatchObject({
      ok: false,
      reason: "no-screening",
    });
  });

  it.each(["see-professional", "emergency"] as const)("refuses after a %s decision", (outcome) => {
    expect(checkSessionGate({ lastScreening: screened(outcome), events: [], now: NOW })).toMatchObject({
      ok: false,
      reason: "not-self-care",
    });
  });

  it("accepts a screening exactly 24 hours old and refuses one a millisecond older", () => {
    expect(
      checkSessionGate({
        lastScreening: screened("self-care", "2026-11-23T12:00:00.000Z"),
        events: [],
        now: NOW,
      }).ok,
    ).toBe(true);
    expect(
      checkSessionGate({
        lastScreening: screened("self-care", "2026-11-23T11:59:59.999Z"),
        events: [],
        now: NOW,
      }),
    ).toMatchObject({
      reason: "screening-expired",
    });
  });

  it("asks for a fresh screening after a session stopped for pain", () => {
    const events: JournalEvent[] = [
      {
        type: "session",
        id,
        at: "2026-11-24T09:00:00Z",
        technique: "supine-spinal-twist",
        outcome: "stopped-for-pain",
      },
    ];
    expect(checkSessionGate({ lastScreening: screened("self-care"), events, now: NOW })).toMatchObject({
      reason: "stopped-for-pain",
    });
  });

  it("asks for a fresh screening after a check-in reports a new symptom", () => {
    const events: JournalEvent[] = [
      {
        type: "check-in",
        id,
        at: "2026-11-24T09:00:00Z",
        stiffness: 2,
        pain: 1,
        symptoms: ["nerve-symptoms"],
      },
    ];
    expect(checkSessionGate({ lastScreening: screened("self-care"), events, now: NOW })).toMatchObject({
      reason: "new-symptom",
    });
  });

  it("ignores stops and symptoms from before the latest screening", () => {
    const events: JournalEvent[] = [
      {
        type: "session",
        id,
        at: "2026-11-24T07:00:00Z",
        technique: "thoracic-foam-roll",
        outcome: "stopped-for-pain",
      },
      { type: "check-in", id, at: "2026-11-24T07:30:00Z", stiffness: 6, pain: 5, symptoms: ["fever"] },
      { type: "check-in", id, at: "2026-11-24T09:00:00Z", stiffness: 3, pain: 1, symptoms: [] },
    ];
    expect(checkSessionGate({ lastScreening: screened("self-care"), events, now: NOW })).toEqual({
      ok: true,
    });
  });
});
