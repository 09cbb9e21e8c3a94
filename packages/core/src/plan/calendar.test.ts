import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { toICalendar } from "./calendar";
import type { Plan } from "./plan";
import { CALENDAR_TEXT } from "./reminder";
import { localParts } from "./zoned-time";

const plan: Plan = {
  id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a",
  timeZone: "Europe/London",
  revision: 3,
  updatedAt: "2026-10-10T10:00:00Z",
  slots: [
    { day: "monday", time: "07:30", technique: "either" },
    { day: "thursday", time: "18:00", technique: "supine-spinal-twist" },
  ],
};
const NOW = Date.parse("2026-10-12T09:00:00Z");
const EIGHT_WEEKS = 8 * 7 * 86_400_000;

/** Reads the file with an independent parser (ical.js), its zones registered from its own VTIMEZONEs. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

function occurrences(event: ICAL.Event, until: number): number[] {
  const found: number[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && next.toJSDate().getTime() < until; next = iterator.next())
    found.push(next.toJSDate().getTime());
  return found;
}

describe("the plan as an iCalendar file (RFC 5545), read back by ical.js", () => {
  const { calendar, events } = parse(toICalendar(plan, NOW));

  it("has one weekly event per slot, in the plan's zone with its VTIMEZONE, an alarm, a stable UID and the revision as SEQUENCE", () => {
    expect(events).toHaveLength(2);
    expect(calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual([
      "Europe/London",
    ]);
    for (const event of events) {
      expect(event.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/London");
      expect(event.startDate.zone?.tzid).toBe("Europe/London");
      expect(String(event.component.getFirstPropertyValue("rrule"))).toMatch(/^FREQ=WEEKLY;BYDAY=(MO|TH)$/);
      expect(event.sequence).toBe(3);
      expect(event.component.getFirstSubcomponent("valarm")?.getFirstPropertyValue("action")).toBe("DISPLAY");
    }
    expect(events.map((e) => e.uid)).toEqual([`${plan.id}-monday-1@limber`, `${plan.id}-thursday-1@limber`]);
  });

  it("puts every occurrence of the next eight weeks, across the 25 Oct change, on the planned local time", () => {
    const all = events.flatMap((event) => occurrences(event, NOW + EIGHT_WEEKS));
    expect(all).toHaveLength(16);
    const utcHours = new Set<number>();
    for (const at of all) {
      const local = localParts(at, "Europe/London");
      expect([
        ["monday", 450],
        ["thursday", 1080],
      ]).toContainEqual([local.weekday, local.minutes]);
      utcHours.add(new Date(at).getUTCHours());
    }
    // Both sides of the change are there: 07:30 local is 06:30 UTC in October and 07:30 UTC in November.
    expect(utcHours).toEqual(new Set([6, 7, 17, 18]));
  });

  it("[C-reminder-neutral] invites a check-in and a safety check, and names no technique", () => {
    const text = toICalendar(plan, NOW).replace(/\r?\n /g, "");
    for (const event of events) {
      expect(event.summary).toBe(CALENDAR_TEXT.summary);
      expect(event.summary).toMatch(/check-in and safety check/);
      expect(event.description).toMatch(/never starts one/);
    }
    expect(text).not.toMatch(/roll|twist|stretch now|time to/i);
  });

  it("updates rather than duplicates: a changed plan keeps each slot's UID and raises its SEQUENCE", () => {
    const changed = {
      ...plan,
      revision: 4,
      slots: [{ ...plan.slots[0], time: "08:00" } as Plan["slots"][0], plan.slots[1] as Plan["slots"][0]],
    };
    const again = parse(toICalendar(changed, NOW)).events;
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(again.map((e) => e.sequence)).toEqual([4, 4]);
    expect(again[0]?.startDate.toString()).toMatch(/T08:00:00$/);
  });

  it("stays on local time in a southern-hemisphere zone (Sydney's change on 4 Oct 2026)", () => {
    const sydney = {
      ...plan,
      timeZone: "Australia/Sydney",
      slots: [{ day: "sunday" as const, time: "09:00", technique: "either" as const }],
    };
    const start = Date.parse("2026-09-20T00:00:00Z");
    const [event] = parse(toICalendar(sydney, start)).events;
    const found = occurrences(event as ICAL.Event, start + EIGHT_WEEKS);
    expect(found).toHaveLength(8);
    for (const at of found)
      expect(localParts(at, "Australia/Sydney")).toMatchObject({ weekday: "sunday", minutes: 540 });
  });
});
