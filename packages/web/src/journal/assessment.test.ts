/**
 * The journal screen's assessment reads the device's stored events as trusted (validated when they entered the
 * store): the same answer as the core's validating `assessJournal`, without running the schemas at each render.
 */
import { assessJournal } from "@limber/core/journal/assess";
import type { JournalEvent } from "@limber/core/journal/events";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { assessEvents } from "./assessment";

const NOW = Date.parse("2026-11-24T12:00:00Z");
const hoursAgo = (hours: number) => new Date(NOW - hours * 3_600_000).toISOString();
const id = (n: number) => `6f1c2b9e-3c1d-4f7a-9a55-${String(n).padStart(12, "0")}`;
const checkIn = (n: number, hours: number, pain: number): JournalEvent => ({
  type: "check-in",
  id: id(n),
  at: hoursAgo(hours),
  stiffness: 6,
  pain,
  symptoms: [],
});

describe("the journal screen's assessment", () => {
  const journal: JournalEvent[] = [
    checkIn(1, 100, 3),
    checkIn(2, 70, 5),
    {
      type: "session",
      id: id(3),
      at: hoursAgo(50),
      technique: "supine-spinal-twist",
      outcome: "stopped-for-pain",
    },
    checkIn(4, 30, 7),
    checkIn(5, 2, 8),
    { type: "adjust-urge", id: id(6), at: hoursAgo(1) },
  ];

  it("gives the validating assessment's answer for a stored journal, in the given time zone", () => {
    const result = assessEvents(journal, NOW, "Europe/London");
    const validated = assessJournal({
      timeZone: "Europe/London",
      now: new Date(NOW).toISOString(),
      events: journal,
    });
    expect(validated.ok).toBe(true);
    expect(result).toEqual({ ok: true, assessment: validated.ok ? validated.value : null });
  });

  it("leaves out events after now (another device's clock running ahead) instead of refusing the journal", () => {
    const ahead = { ...checkIn(7, -5, 10) };
    expect(assessEvents([...journal, ahead], NOW, "Europe/London")).toEqual(
      assessEvents(journal, NOW, "Europe/London"),
    );
  });

  it("counts the same event stored twice once, and cannot read two different events under one id", () => {
    expect(assessEvents([...journal, checkIn(2, 70, 5)], NOW, "UTC")).toEqual(
      assessEvents(journal, NOW, "UTC"),
    );
    const clash = assessEvents([...journal, checkIn(2, 70, 9)], NOW, "UTC");
    expect(clash.ok).toBe(false);
    expect(clash.ok ? "" : clash.message).toMatch(/could not be assessed .*another event has this id/);
  });

  it("reads no time zone for an empty journal (the device's first read loads the browser's zone data, slow on a phone)", () => {
    const formatter = vi.spyOn(Intl, "DateTimeFormat");
    try {
      assessEvents([], NOW);
      expect(formatter).not.toHaveBeenCalled();
    } finally {
      formatter.mockRestore();
    }
  });

  it("gives an empty journal the validating assessment's answer (self-care, no flags) in any zone at any time", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("UTC", "Europe/London", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham"),
        fc.integer({ min: Date.parse("2000-01-01T00:00:00Z"), max: Date.parse("2100-01-01T00:00:00Z") }),
        (timeZone, nowMs) => {
          const validated = assessJournal({ timeZone, now: new Date(nowMs).toISOString(), events: [] });
          expect(validated).toEqual({ ok: true, value: { recommendation: "self-care", flags: [] } });
          expect(assessEvents([], nowMs)).toEqual({ ok: true, assessment: validated.ok && validated.value });
        },
      ),
    );
  });
});
