/**
 * What a reminder says, and whether one goes out at all (hazard H-reminder-invites-unsafe-session).
 *
 * Decision: both. The text is neutral for everyone (it invites a check-in and a safety check, names no
 * technique, symptom or health detail, since it passes through a third party's push service, and leads to
 * the home screen, where the safety state decides). And the server stays quiet when the record it holds
 * says emergency, or a rest day after a stop for pain: a device that has not synced yet may know more, which
 * is why the text stays neutral even when the server sends.
 */
import type { SafetyState } from "../safety/safety-state";

/** Pinned by tests: an invitation to check in and check safety, never to roll or stretch. */
export const REMINDER_TEXT = {
  title: "Limber: a moment to check in",
  body: "When you are ready, open Limber for a short check-in and safety check.",
  /** Where a tap leads: the home screen, never a session. */
  url: "/#/",
} as const;

/** The calendar's event: the same invitation, in the person's calendar. */
export const CALENDAR_TEXT = {
  summary: "Limber check-in and safety check",
  description:
    "A moment to check in with Limber: a short safety check first. Limber decides on the day whether a gentle session is right; this reminder never starts one.",
  alarm: "Limber: a moment to check in and do a safety check",
} as const;

export type ReminderDecision =
  | { readonly send: true }
  | { readonly send: false; readonly reason: "emergency" | "rest-day" };

/** Whether a reminder may go out to a person in this safety state. Quiet for emergency and rest days. */
export function reminderAllowed(state: Pick<SafetyState, "level" | "restUntil">): ReminderDecision {
  if (state.level === "emergency") return { send: false, reason: "emergency" };
  // A rest day after a stop for pain is kept whatever the plan says (even under a more severe level).
  if (state.level === "rest-until" || state.restUntil !== undefined)
    return { send: false, reason: "rest-day" };
  return { send: true };
}
