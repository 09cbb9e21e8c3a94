/** The core's content, served as it is: techniques with their steps, safety guidance, education, escalation. */
import {
  BREATHING_PACER,
  DURING_SESSION_GUIDANCE,
  EDUCATION,
  ESCALATION,
  JOURNAL_TRIGGERS,
  LOWER_BACK_NEVER_ROLLED,
  SAFETY_REMINDER,
  SELF_CARE_DISCLAIMER,
  TECHNIQUES,
  TIGHT_SPOT_PAUSE,
} from "@limber/core";
import { defineRoute } from "../http/api-route";

const content = (url: string, summary: string, body: unknown) =>
  defineRoute({
    method: "GET",
    url,
    tag: "content",
    summary,
    access: "public",
    responses: { 200: { description: summary } },
    handle: async () => ({ status: 200, body }),
  });

export const CONTENT_ROUTES = [
  content("/api/content/techniques", "The techniques and their steps, each citing its article paragraph", {
    techniques: Object.values(TECHNIQUES),
    tightSpotPause: TIGHT_SPOT_PAUSE,
    breathingPacer: BREATHING_PACER,
    lowerBackNeverRolled: LOWER_BACK_NEVER_ROLLED,
  }),
  content("/api/content/safety", "Safety guidance before and during every session", {
    reminder: SAFETY_REMINDER,
    duringSession: DURING_SESSION_GUIDANCE,
    disclaimer: SELF_CARE_DISCLAIMER,
  }),
  content("/api/content/education", "Why the back pops (joint cavitation)", EDUCATION),
  content("/api/content/escalation", "Who to see, how urgently and why", {
    levels: ESCALATION,
    journalTriggers: JOURNAL_TRIGGERS,
  }),
];
