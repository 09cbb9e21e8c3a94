/** The journal rules' numbers, each with its source (design: "Journal contract"). */
import type { Source } from "../source";
import { DAY_MS, HOUR_MS } from "../units";

type Threshold = { readonly value: number; readonly source: Source; readonly why: string };

export const JOURNAL_THRESHOLDS = {
  /** A check-in with stiffness or pain at or above this counts towards a persistent run (P20: "pain or stiffness"). */
  persistentStiffness: {
    value: 3,
    source: "Limber product rule",
    why: "P20 speaks of back pain or stiffness that persists but gives no level; Limber counts pain or stiffness at 3/10 or more on consecutive check-ins",
  },
  /** P20: persists for more than 48 hours despite gentle stretching. */
  persistentMs: {
    value: 48 * HOUR_MS,
    source: "P20",
    why: "persists for more than 48 hours despite gentle stretching",
  },
  /** P20: a frequent need to adjust the back multiple times a day. */
  adjustUrgesPerDay: { value: 2, source: "P20", why: "a need to adjust the back multiple times a day" },
  /** Two stops for sharp pain in a week is a pattern worth a professional's look. */
  sharpPainStops: { value: 2, source: "Limber product rule", why: "two stops for sharp pain within 7 days" },
  /** Recent events only: the last 7 days before `now`. */
  recentWindowMs: {
    value: 7 * DAY_MS,
    source: "Limber product rule",
    why: "rules about frequency look at the last 7 days",
  },
} as const satisfies Record<string, Threshold>;

/** P20's "more than 48 hours", in the hours the screens say it in. */
export const PERSISTENT_HOURS = JOURNAL_THRESHOLDS.persistentMs.value / HOUR_MS;
