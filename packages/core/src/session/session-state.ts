/**
 * The session engine's state, commands, effects and transitions, and what they say about the current step:
 * the shapes shared by the reducer (`machine.ts`), its view (`view.ts`) and the screens that run them.
 */
import { type Step, TECHNIQUES, type Technique } from "../content/techniques";
import type { SessionOutcome, TechniqueId } from "../journal/events";
import type { Instant } from "../units";
import type { SessionRefusal } from "./refusals";
import type { SessionSettings } from "./settings";

export type SessionStatus = "running" | "paused" | "tight-spot" | "ended";
export type SessionCommand =
  | "next"
  | "tight-spot"
  | "release"
  | "pause"
  | "resume"
  | "stop-for-pain"
  | "end"
  | "tick";
export type ChimeKind = "hold-start" | "hold-end";

export type SessionState = {
  readonly techniqueId: TechniqueId;
  readonly settings: SessionSettings;
  readonly startedAt: Instant;
  readonly stepIndex: number;
  readonly status: SessionStatus;
  /** When the current step began, moved forward by any time spent paused. */
  readonly stepStartedAt: Instant;
  /** When the current tight-spot pause began; null outside one. Never moved: pausing ends the spot. */
  readonly tightSpotStartedAt: Instant | null;
  readonly pausedAt: Instant | null;
  /** While paused: whether the pause ended a tight spot ("Ease off the roller"). */
  readonly easedOff: boolean;
  /** With auto-advance off: whether "you may move on" was already said for this hold. */
  readonly minimumAnnounced: boolean;
  readonly tightSpots: number;
  readonly outcome: SessionOutcome | null;
  readonly endedAt: Instant | null;
};

export type SessionEffect =
  | { readonly type: "speak"; readonly text: string; readonly at: Instant }
  | { readonly type: "chime"; readonly kind: ChimeKind; readonly at: Instant }
  | { readonly type: "announce"; readonly text: string }
  | { readonly type: "ended"; readonly outcome: SessionOutcome; readonly at: Instant };

export type Transition = {
  readonly state: SessionState;
  readonly effects: readonly SessionEffect[];
  /** Why a command was refused (the state is then unchanged): a code the screen puts in words. */
  readonly rejected?: SessionRefusal;
};

export const techniqueOf = (state: SessionState): Technique => TECHNIQUES[state.techniqueId];
export const currentStep = (state: SessionState): Step => techniqueOf(state).steps[state.stepIndex] as Step;
