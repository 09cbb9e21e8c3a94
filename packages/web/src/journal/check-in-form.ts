/**
 * The post-session check-in as a form: nothing is defaulted (an unanswered scale is an error, never a 0),
 * and a valid form becomes a journal `check-in` event.
 */

import { NOTE_MAX_LENGTH, SCALE_MAX, SCALE_MIN } from "@limber/core/journal/event-kinds";
import type { CheckIn } from "@limber/core/journal/events";
import type { ScreeningLinkId } from "@limber/core/screening/questionnaire";

export type CheckInDraft = {
  readonly stiffness: number | null;
  readonly pain: number | null;
  readonly symptoms: readonly ScreeningLinkId[];
  readonly note: string;
};

export type CheckInField = "stiffness" | "pain" | "note";
export type CheckInErrors = Partial<Record<CheckInField, string>>;

export const EMPTY_CHECK_IN: CheckInDraft = { stiffness: null, pain: null, symptoms: [], note: "" };

const scaleError = (value: number | null, what: string) => {
  if (value === null) return `Choose how much ${what} you feel now, from 0 (none) to 10 (worst imaginable).`;
  if (!Number.isInteger(value) || value < SCALE_MIN || value > SCALE_MAX) {
    return `${what[0]?.toUpperCase()}${what.slice(1)} must be a whole number from 0 to 10.`;
  }
  return undefined;
};

export function findCheckInErrors(draft: CheckInDraft): CheckInErrors {
  const errors: CheckInErrors = {};
  const stiffness = scaleError(draft.stiffness, "stiffness");
  const pain = scaleError(draft.pain, "pain");
  if (stiffness) errors.stiffness = stiffness;
  if (pain) errors.pain = pain;
  if (draft.note.length > NOTE_MAX_LENGTH) {
    errors.note = `The note is ${draft.note.length} characters; shorten it to ${NOTE_MAX_LENGTH} or fewer.`;
  }
  return errors;
}

export type CheckInResult =
  | { readonly ok: true; readonly event: CheckIn }
  | { readonly ok: false; readonly errors: CheckInErrors };

/** Turns a complete draft into a check-in event; the note is left out when blank. */
export function toCheckIn(draft: CheckInDraft, id: string, at: string): CheckInResult {
  const errors = findCheckInErrors(draft);
  if (Object.keys(errors).length > 0 || draft.stiffness === null || draft.pain === null) {
    return { ok: false, errors };
  }
  const note = draft.note.trim();
  return {
    ok: true,
    event: {
      type: "check-in",
      id,
      at,
      stiffness: draft.stiffness,
      pain: draft.pain,
      symptoms: [...new Set(draft.symptoms)],
      ...(note === "" ? {} : { note }),
    },
  };
}
