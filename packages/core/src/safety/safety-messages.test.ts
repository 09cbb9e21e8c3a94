import { describe, expect, it } from "vitest";
import type { JournalEvent } from "../journal/events";
import { SCREENING_LINK_IDS } from "../screening/questionnaire";
import { type Answers, decide } from "../screening/triage";
import { HOUR_MS, instant } from "../units";
import { assessSafety, type SafetyInput } from "./safety-state";

const NOW = instant(Date.parse("2026-11-24T12:00:00Z"));
const hoursBefore = (hours: number) => new Date(NOW - hours * HOUR_MS).toISOString();
const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((linkId) => [linkId, false])) as Answers;
const state = (overrides: Partial<SafetyInput>) =>
  assessSafety({
    latestScreening: { decision: decide(allNo), at: hoursBefore(2) },
    events: [],
    acknowledgements: [],
    timeZone: "UTC",
    now: NOW,
    ...overrides,
  });
const stop: JournalEvent = {
  type: "session",
  id: "00000000-0000-4000-8000-000000000001",
  at: hoursBefore(1),
  technique: "thoracic-foam-roll",
  outcome: "stopped-for-pain",
};
const reason = (overrides: Partial<SafetyInput>, code: string) =>
  state(overrides).reasons.find((candidate) => candidate.code === code);

describe("[C-wording-pinned] the safety state's own messages, word for word, with their sources", () => {
  it("asks for a first screening", () => {
    expect(reason({ latestScreening: null }, "no-screening")).toMatchObject({
      message: "Answer the safety questions before your first session.",
      source: "Limber product rule",
    });
  });

  it("asks again after 24 hours", () => {
    expect(
      reason({ latestScreening: { decision: decide(allNo), at: hoursBefore(25) } }, "screening-expired"),
    ).toMatchObject({
      message: "Your last screening is more than 24 hours old. Please answer the safety questions again.",
      source: "Limber product rule",
    });
  });

  it("asks again after a new symptom", () => {
    const events: JournalEvent[] = [
      { type: "check-in", id: stop.id, at: hoursBefore(1), stiffness: 2, pain: 1, symptoms: ["fever"] },
    ];
    expect(reason({ events }, "new-symptom")).toMatchObject({
      message:
        "You reported a new symptom. Please answer the safety questions again before the next session.",
      source: "Limber product rule",
    });
  });

  it("says to rest for today after a stop for pain, and to screen again tomorrow", () => {
    expect(reason({ events: [stop] }, "stopped-for-pain")).toMatchObject({
      message:
        "You stopped a session because of pain. Rest for today: the next session can start tomorrow, after you answer the safety questions again.",
      source: "Limber product rule",
    });
    expect(reason({ events: [stop], now: instant(NOW + 13 * HOUR_MS) }, "stopped-for-pain")).toMatchObject({
      message:
        "You stopped your last session because of pain. Please answer the safety questions again before the next one.",
    });
  });

  it("names a journal it cannot read, and what to do", () => {
    const broken = { ...stop, at: "yesterday" } as JournalEvent;
    expect(reason({ events: [broken] }, "journal-unreadable")).toMatchObject({
      message:
        "Part of your journal could not be read, so Limber cannot check it for warning signs. Until it can, please see a physical therapist or physician before another session.",
      origin: "journal",
    });
  });

  it("says what an emergency or see-professional outcome without its reasons means", () => {
    const outcome = (o: "emergency" | "see-professional") => ({
      latestScreening: { decision: { outcome: o, reasons: [] }, at: hoursBefore(1) },
    });
    expect(reason(outcome("emergency"), "emergency")).toMatchObject({
      message: "Your last screening found a sign that needs urgent help. Call emergency services now.",
      origin: "screening",
      since: hoursBefore(1),
    });
    expect(reason(outcome("see-professional"), "see-professional")).toMatchObject({
      message:
        "Your last screening said self-care is not right for you now. Please see a physical therapist or physician.",
    });
  });
});
