/**
 * Everything hands-free for one session: spoken cues, the hold chime on the audio clock, the polite
 * announcements and the screen wake lock. `release` ends them all.
 */
import type { Instant } from "@limber/core/units";
import { browserAudioContext, createChimeScheduler } from "./chime";
import { type CueScheduler, type CueSwitches, createCueScheduler } from "./cue-scheduler";
import { createSpeaker } from "./speech";
import { keepScreenAwake } from "./wake-lock";

export type HandsFree = { readonly cues: CueScheduler; release(): void };

export function startHandsFree(options: {
  switches: () => CueSwitches;
  announce: (text: string) => void;
  now: () => Instant;
}): HandsFree {
  const chime = createChimeScheduler({ createContext: browserAudioContext, now: options.now });
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
      // Let a final chime (hold end) ring out before the audio context closes.
      setTimeout(() => chime.close(), 2000);
    },
  };
}
