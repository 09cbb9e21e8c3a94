/** The safety guidance shown before and during every session (P13), and why self-care may be unsafe (P14). */
import type { Source } from "../source";

export type Guidance = { readonly id: string; readonly text: string; readonly source: Source };

/** Shown before each session; the person confirms it before the first step (design: "Session rules"). */
export const SAFETY_REMINDER = [
  { id: "slow-control", text: "Move with slow, deliberate control.", source: "P13" },
  { id: "no-momentum", text: 'Never use momentum or bouncing movements to get a "pop".', source: "P13" },
  {
    id: "minimal-force",
    text: "Use minimal force: only your body weight or gentle pressure from your hands.",
    source: "P13",
  },
  {
    id: "stop-sharp-pain",
    text: "Stop at once if you feel any sharp, shooting or intense pain that goes beyond a comfortable stretch.",
    source: "P13",
  },
] as const satisfies readonly Guidance[];

/** Shown during every session, beside the stop control. */
export const DURING_SESSION_GUIDANCE = [
  { id: "stop-sharp-pain", text: "Sharp, shooting or intense pain? Stop now.", source: "P13" },
  { id: "no-pop-goal", text: "A pop is not the goal. Whether you hear one does not matter.", source: "P11" },
] as const satisfies readonly Guidance[];

/** The product's scope, said plainly wherever advice appears. */
export const SELF_CARE_DISCLAIMER = {
  text: "Limber offers self-care guidance for everyday stiffness. It does not diagnose or treat any condition. A physical therapist or physician can find the cause of your discomfort.",
  source: "P20",
} as const;
