/** The shape of a technique as typed data: its steps, and how long each timed step lasts. */
import type { TechniqueId } from "../journal/events";
import type { Source } from "../source";

export type StepKind = "setup" | "movement" | "rolling" | "hold" | "return";

/**
 * How long a step lasts. `minSeconds`: the engine refuses to move on earlier. `targetSeconds`: with
 * auto-advance on, the step ends by itself then. `chime`: a hold, marked by a chime at its start and end.
 * `setting` names the person's setting that may lengthen the target (never below `minSeconds`).
 */
export type StepTiming = {
  readonly minSeconds: number;
  readonly targetSeconds: number;
  readonly chime: boolean;
  readonly setting?: "twistHoldSeconds";
  /** A paragraph that gives these numbers, or "Limber product rule" when the article gives none. */
  readonly source: Source;
  /** Why these numbers: the article's words, or the reason for Limber's own choice. */
  readonly why: string;
};

export type Step = {
  readonly id: string;
  readonly kind: StepKind;
  /**
   * True for the steps the article gives no time for (getting into position, guiding the knee across, rolling):
   * the session waits for the person ("I'm in position", "Done rolling") and never moves on by itself.
   * False for the timed steps, which count down and, with auto-advance on, end by themselves.
   */
  readonly waitsForPerson: boolean;
  readonly title: string;
  /** What to do, in the article's words. */
  readonly instruction: string;
  /** What is spoken when the step begins (hands-free). */
  readonly cue: string;
  /** What the person should feel. */
  readonly feel?: string;
  readonly side?: "left" | "right";
  /** The SVG scene the web app shows for this step. */
  readonly illustration: string;
  /** Present exactly for the timed steps (`waitsForPerson: false`). */
  readonly timing?: StepTiming;
  /** Rolling steps offer the tight-spot pause. */
  readonly tightSpot?: boolean;
  readonly source: Source;
};

export type Technique = {
  readonly id: TechniqueId;
  readonly name: string;
  /** The name inside a sentence ("You stopped the supine spinal twist"). */
  readonly nameInSentence: string;
  readonly region: string;
  readonly summary: string;
  readonly source: Source;
  /** What the technique does, in the article's words. */
  readonly explanation: { readonly text: string; readonly source: Source };
  readonly steps: readonly Step[];
};
