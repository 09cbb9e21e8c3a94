/** Records for safety tests: complete screening answers and journal events, dated where a test needs them. */
import type { JournalEvent } from "@limber/core/journal/events";
import { SCREENING_LINK_IDS, type ScreeningLinkId } from "@limber/core/screening/questionnaire";
import { type Answers, decide } from "@limber/core/screening/triage";

export function answersWithYes(yes: readonly ScreeningLinkId[] = []): Answers {
  return Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, yes.includes(id)])) as Answers;
}

export function screeningAt(at: string, yes: readonly ScreeningLinkId[] = []) {
  const answers = answersWithYes(yes);
  return { decision: decide(answers), at };
}

let counter = 0;
const nextId = () => {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`;
};

export function stopForPain(at: string): JournalEvent {
  return { type: "session", id: nextId(), at, technique: "thoracic-foam-roll", outcome: "stopped-for-pain" };
}

export function urge(at: string): JournalEvent {
  return { type: "adjust-urge", id: nextId(), at };
}

export function checkIn(at: string, symptoms: readonly ScreeningLinkId[] = [], stiffness = 5): JournalEvent {
  return { type: "check-in", id: nextId(), at, stiffness, pain: 2, symptoms: [...symptoms] };
}
