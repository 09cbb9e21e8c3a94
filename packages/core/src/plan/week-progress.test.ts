import { describe, expect, it } from "vitest";
import type { JournalEvent } from "../journal/events";
import { describeWeek, weekProgress, weekStartOf } from "./week-progress";

const plan = {
  timeZone: "Europe/London",
  updatedAt: "2026-10-01T09:00:00Z",
  slots: [
    { day: "monday" as const, time: "07:30", technique: "either" as const },
    { day: "wednesday" as const, time: "07:30", technique: "either" as const },
    { day: "friday" as const, time: "07:30", technique: "either" as const },
    { day: "saturday" as const, time: "10:00", technique: "either" as const },
  ],
};
let n = 0;
const id = () => {
  n += 1;
  return `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
};
const checkIn = (at: string, stiffness: number, pain: number): JournalEvent => ({
  type: "check-in",
  id: id(),
  at,
  stiffness,
  pain,
  symptoms: [],
});
const session = (at: string, outcome: "completed" | "stopped-for-pain" | "abandoned"): JournalEvent => ({
  type: "session",
  id: id(),
  at,
  technique: "thoracic-foam-roll",
  outcome,
});
const urge = (at: string): JournalEvent => ({ type: "adjust-urge", id: id(), at });

const events = [
  checkIn("2026-10-19T07:00:00Z", 5, 4),
  session("2026-10-19T07:40:00Z", "completed"),
  session("2026-10-21T07:40:00Z", "completed"),
  urge("2026-10-22T12:00:00Z"),
  session("2026-10-23T07:40:00Z", "completed"),
  checkIn("2026-10-24T09:00:00Z", 3, 2),
  // The next week, which holds the 25 Oct clock change on its Sunday before: a stop for pain.
  checkIn("2026-10-26T08:00:00Z", 4, 4),
  session("2026-10-26T08:10:00Z", "stopped-for-pain"),
  checkIn("2026-10-28T08:00:00Z", 4, 5),
];
const NOW = Date.parse("2026-10-29T12:00:00Z");

describe("progress over weeks, in plain words", () => {
  const weeks = weekProgress({ plan, events, timeZone: "Europe/London", now: NOW, weeks: 3 });

  it("runs Monday to Sunday in the person's zone, oldest first", () => {
    expect(weeks.map((w) => w.start)).toEqual(["2026-10-12", "2026-10-19", "2026-10-26"]);
    expect(weekStartOf(Date.parse("2026-10-25T23:30:00Z"), "Europe/London")).toBe("2026-10-19");
    expect(weekStartOf(Date.parse("2026-10-25T23:30:00Z"), "Asia/Tokyo")).toBe("2026-10-26");
  });

  it("counts sessions done against the plan, and how stiffness and pain moved", () => {
    expect(weeks[1]).toMatchObject({
      planned: 4,
      completed: 3,
      stoppedForPain: 0,
      urges: 1,
      stiffness: { first: 5, last: 3 },
    });
    expect(describeWeek(weeks[1] as (typeof weeks)[0])).toBe(
      "3 of 4 planned sessions; stiffness eased from 5 to 3; pain eased from 4 to 2; 1 urge to crack the back",
    );
  });

  it("says a stop for pain and a rise in plain words", () => {
    expect(describeWeek(weeks[2] as (typeof weeks)[0])).toBe(
      "0 of 4 planned sessions; stiffness stayed at 4; pain rose from 4 to 5; 1 stop for pain",
    );
  });

  it("says when a week has no check-in, and counts sessions without a plan", () => {
    expect(describeWeek(weeks[0] as (typeof weeks)[0])).toBe("0 of 4 planned sessions; no check-ins");
    const unplanned = weekProgress({
      plan: undefined,
      events,
      timeZone: "Europe/London",
      now: NOW,
      weeks: 2,
    });
    expect(describeWeek(unplanned[0] as (typeof weeks)[0])).toMatch(/^3 sessions done; /);
  });

  it("never scores, ranks or praises: no points, streaks, percentages or 'great job'", () => {
    for (const week of weeks)
      expect(describeWeek(week)).not.toMatch(/score|streak|points|%|great|well done|badge|best|beat/i);
  });

  it("counts a plan only from when it was made: no 'planned' before it, only the later slots in its week", () => {
    // Made on Wednesday 21 October at 12:00 London time, after that morning's 07:30 slot.
    const late = { ...plan, updatedAt: "2026-10-21T11:00:00Z" };
    const [before, made, after] = weekProgress({
      plan: late,
      events,
      timeZone: "Europe/London",
      now: NOW,
      weeks: 3,
    });
    expect(before?.planned).toBeUndefined();
    expect(describeWeek(before as (typeof weeks)[0])).toBe("0 sessions done; no check-ins");
    expect(made?.planned).toBe(2); // Friday and Saturday
    expect(after?.planned).toBe(4);
  });

  it("ignores events after now", () => {
    const later = [...events, session("2026-10-30T08:00:00Z", "completed")];
    expect(
      weekProgress({ plan, events: later, timeZone: "Europe/London", now: NOW, weeks: 1 })[0]?.completed,
    ).toBe(0);
  });
});
