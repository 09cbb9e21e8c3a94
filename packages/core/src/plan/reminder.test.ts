import { describe, expect, it } from "vitest";
import { SAFETY_LEVELS } from "../safety/safety-state";
import { SCREENING_LINK_IDS } from "../screening/questionnaire";
import { CALENDAR_TEXT, REMINDER_TEXT, reminderAllowed } from "./reminder";

const everyWord = [REMINDER_TEXT.title, REMINDER_TEXT.body, CALENDAR_TEXT.summary, CALENDAR_TEXT.alarm].join(
  " ",
);

describe("[C-reminder-neutral] what a reminder says", () => {
  it("invites a check-in and a safety check, and leads to the home screen", () => {
    expect(REMINDER_TEXT.title).toBe("Limber: a moment to check in");
    expect(REMINDER_TEXT.body).toBe("When you are ready, open Limber for a short check-in and safety check.");
    expect(REMINDER_TEXT.body).toMatch(/check-in and safety check/);
    expect(REMINDER_TEXT.url).toBe("/#/");
  });

  it("never says 'time to roll', names no technique and no symptom or health detail", () => {
    expect(everyWord).not.toMatch(/time to (roll|stretch|twist)|roll|roller|twist|foam/i);
    expect(everyWord).not.toMatch(/pain|stiff|symptom|emergency|screening result|numb/i);
    for (const linkId of SCREENING_LINK_IDS) expect(everyWord).not.toContain(linkId);
  });
});

describe("[C-reminder-quiet-when-unsafe] whether the server sends a reminder", () => {
  it.each(SAFETY_LEVELS)("at level %s", (level) => {
    const decision = reminderAllowed({ level });
    if (level === "emergency") expect(decision).toEqual({ send: false, reason: "emergency" });
    else if (level === "rest-until") expect(decision).toEqual({ send: false, reason: "rest-day" });
    else expect(decision).toEqual({ send: true });
  });
});

describe("[C-rest-day-kept] a rest day after a stop for pain is kept whatever the plan says", () => {
  it("stays quiet while a rest stands even under another level, and sends again once it has passed", () => {
    expect(reminderAllowed({ level: "see-professional", restUntil: "2026-10-13T00:00:00Z" })).toEqual({
      send: false,
      reason: "rest-day",
    });
    expect(reminderAllowed({ level: "rescreen-needed" })).toEqual({ send: true });
  });
});
