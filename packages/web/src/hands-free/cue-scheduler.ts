/**
 * Turns the session engine's effects into hands-free cues: speech (with its switch), the hold chime (with its
 * switch, planned ahead on the audio clock from `nextDeadline`) and polite live-region announcements.
 */
import type { ChimeKind, SessionEffect } from "@limber/core/session/session-state";
import type { Instant } from "@limber/core/units";
import type { ChimeScheduler } from "./chime";
import type { Speaker } from "./speech";

export type CueSwitches = { readonly speech: boolean; readonly chime: boolean };
export type Deadline = { readonly at: Instant; readonly chimes: readonly ChimeKind[] } | null;

export type CueScheduler = {
  /** Delivers the effects of one transition. */
  deliver(effects: readonly SessionEffect[]): void;
  /** Plans the chimes of the next automatic transition; cancels chimes planned for a moment that moved. */
  plan(deadline: Deadline): void;
  stop(): void;
};

export function createCueScheduler(deps: {
  speaker: Speaker;
  chime: ChimeScheduler;
  announce: (text: string) => void;
  switches: () => CueSwitches;
}): CueScheduler {
  const { speaker, chime, announce, switches } = deps;
  return {
    deliver(effects) {
      const { speech, chime: chimeOn } = switches();
      // After catching up (a page back from the background) only the latest cue is still true: speak that one.
      const speak = effects.filter((e) => e.type === "speak").at(-1);
      if (speech && speak) speaker.speak(speak.text);
      const announcement = effects.filter((e) => e.type === "announce").at(-1);
      if (announcement) announce(announcement.text);
      if (!chimeOn) return;
      for (const effect of effects) {
        if (effect.type === "chime" && !chime.has(effect.kind, effect.at))
          chime.schedule(effect.kind, effect.at);
      }
    },
    plan(deadline) {
      const wanted = deadline && switches().chime ? deadline : null;
      chime.cancelPending((kind, at) => wanted !== null && at === wanted.at && wanted.chimes.includes(kind));
      if (!wanted) return;
      for (const kind of wanted.chimes) chime.schedule(kind, wanted.at);
    },
    stop() {
      speaker.cancel();
      chime.cancelPending();
    },
  };
}
