/**
 * Who to see, how urgently and why, for every reason Limber may stop offering self-care. Names both a
 * physical therapist and a physician, as the article does (P20); emergencies go to emergency services.
 */
import type { Severity } from "../screening/questionnaire";
import type { Source } from "../source";

export type Urgency = "now" | "soon";
export type EscalationLevel = {
  readonly severity: Severity;
  readonly urgency: Urgency;
  readonly who: string;
  readonly action: string;
  readonly why: string;
  readonly source: Source;
};

export const ESCALATION: Readonly<Record<Severity, EscalationLevel>> = {
  emergency: {
    severity: "emergency",
    urgency: "now",
    who: "Emergency services",
    action: "Call emergency services now. Do not use the foam roller or the twist.",
    why: "These symptoms can be signs of a serious condition that needs treatment straight away.",
    source: 'NHS "Back pain" page: when to get urgent help',
  },
  "see-professional": {
    severity: "see-professional",
    urgency: "soon",
    who: "A physical therapist or physician",
    action: "Consult a physical therapist or physician, and bring your Limber visit summary.",
    why: "A physical therapist or physician can accurately diagnose the underlying cause of your discomfort.",
    source: "P20",
  },
};

/** Triggers from the journal beyond the screening items, listed on "When to get help". */
export const JOURNAL_TRIGGERS = [
  {
    code: "persistent-48h",
    text: "Back pain or stiffness that lasts more than 48 hours despite gentle stretching.",
    source: "P20",
  },
  {
    code: "frequent-adjusting",
    text: "A frequent need to adjust or crack your back, several times a day.",
    source: "P20",
  },
  {
    code: "repeated-sharp-pain",
    text: "Stopping two sessions in a week because of sharp pain.",
    source: "Limber product rule",
  },
] as const satisfies readonly { code: string; text: string; source: Source }[];
