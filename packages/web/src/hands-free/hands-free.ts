/**
 * Everything hands-free for one session: spoken cues, the hold chime on the audio clock, the polite
 * announcements and the screen wake lock. Prepared when the safety reminder shows (the slow part: the
 * audio context), started by the tap on "start", released when the session ends.
 */
import type { Instant } from "@limber/core/units";
import { browserAudioContext, createChimeScheduler } from "./chime";
import { type CueScheduler, type CueSwitches, createCueScheduler } from "./cue-scheduler";
import { createSpeaker } from "./speech";
import { keepScreenAwake } from "./wake-lock";

export type HandsFree = { readonly cues: CueScheduler; release(): void };
export type PreparedHandsFree = {
  /** Call inside the tap that starts the session: the browser lets audio start only from a gesture. */
  start(): HandsFree;
  /** The session never started: free the audio context. */
  discard(): void;
};

// Let a final chime (a hold's end) ring out before the audio context closes.
const RING_OUT_MS = 2000;

export function prepareHandsFree(options: {
  switches: () => CueSwitches;
  announce: (text: string) => void;
  now: () => Instant;
}): PreparedHandsFree {
  const chime = createChimeScheduler({ createContext: browserAudioContext, now: options.now });
  chime.prepare();
  let started = false;
  return {
    start() {
      started = true;
      void chime.unlock();
      const cues = createCueScheduler({
        speaker: createSpeaker(),
        chime,
        announce: options.announce,
        switches: options.switches,
      });
      const wakeLock = keepScreenAwake();
      let released = false;
      return {
        cues,
        release() {
          if (released) return;
          released = true;
          wakeLock.release();
          setTimeout(() => chime.close(), RING_OUT_MS);
        },
      };
    },
    discard() {
      if (!started) chime.close();
    },
  };
}
