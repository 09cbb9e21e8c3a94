/**
 * The hold chime, scheduled on the Web Audio clock. A chime planned ahead sounds exactly on time even when
 * the page's main thread is busy or its timers are throttled in the background: the audio thread plays it.
 * Wall-clock instants (ms) are mapped to audio time (s) from one reading of both clocks.
 */

import type { ChimeKind } from "@limber/core/session/session-state";
import type { Instant } from "@limber/core/units";

export type ChimeScheduler = {
  /** Schedules a chime at `at` (wall clock); a chime already scheduled for the same moment is kept once. */
  schedule(kind: ChimeKind, at: Instant): void;
  /** Whether a chime of this kind is already scheduled for `at`. */
  has(kind: ChimeKind, at: Instant): boolean;
  /** Cancels every chime that has not started yet, except those for which `keep` answers true. */
  cancelPending(keep?: (kind: ChimeKind, at: Instant) => boolean): void;
  /**
   * Creates the audio context ahead of time (it starts suspended): creating one can take a few hundred
   * milliseconds, which must not fall between the tap on "start" and the first cue.
   */
  prepare(): void;
  /** Creates or resumes the audio context; call from a user gesture (browsers require one). */
  unlock(): Promise<void>;
  close(): void;
};

type Planned = { kind: ChimeKind; at: Instant; audioAt: number; stop: () => void };

// Rising two-note chime for a hold's start, falling for its end: tellable apart with eyes closed.
const NOTES: Record<ChimeKind, readonly [number, number]> = {
  "hold-start": [523.25, 783.99],
  "hold-end": [783.99, 523.25],
};
const NOTE_SECONDS = 0.35;
// A chime more than this late (a page back from the background) would mislead: it is dropped.
const STALE_MS = 1000;
// Planned chimes are remembered this long so a late engine effect for one cannot sound it twice.
const REMEMBER_MS = 60_000;

export function createChimeScheduler(options: {
  createContext: () => AudioContext | null;
  now: () => Instant;
}): ChimeScheduler {
  let context: AudioContext | null = null;
  let planned: Planned[] = [];
  const key = (kind: ChimeKind, at: Instant) => `${kind}@${at}`;

  const ensure = (): AudioContext | null => {
    context ??= options.createContext();
    return context;
  };

  /**
   * The audio time at which a sound scheduled now would be heard now. The output timestamp accounts for
   * the device's output latency (tens of milliseconds); without one, the context's current time.
   */
  const audibleNow = (ctx: AudioContext) => {
    const stamp = ctx.getOutputTimestamp?.();
    if (
      stamp?.contextTime !== undefined &&
      stamp.performanceTime !== undefined &&
      stamp.performanceTime > 0
    ) {
      return stamp.contextTime + (performance.now() - stamp.performanceTime) / 1000;
    }
    return ctx.currentTime;
  };

  const toAudioTime = (ctx: AudioContext, at: Instant) =>
    Math.max(ctx.currentTime, audibleNow(ctx) + (at - options.now()) / 1000);

  const play = (ctx: AudioContext, kind: ChimeKind, when: number) => {
    const stops: (() => void)[] = [];
    NOTES[kind].forEach((frequency, index) => {
      const start = when + index * NOTE_SECONDS;
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.type = "sine";
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + NOTE_SECONDS);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(start);
      oscillator.stop(start + NOTE_SECONDS + 0.05);
      stops.push(() => {
        oscillator.stop();
        oscillator.disconnect();
      });
    });
    return () => {
      for (const stop of stops) stop();
    };
  };

  const prune = () => {
    const now = options.now();
    planned = planned.filter((p) => now - p.at < REMEMBER_MS);
  };

  return {
    schedule(kind, at) {
      prune();
      if (planned.some((p) => key(p.kind, p.at) === key(kind, at))) return;
      if (options.now() - at > STALE_MS) return;
      const ctx = ensure();
      if (!ctx) return;
      const audioAt = toAudioTime(ctx, at);
      planned.push({ kind, at, audioAt, stop: play(ctx, kind, audioAt) });
    },
    has(kind, at) {
      return planned.some((p) => p.kind === kind && p.at === at);
    },
    cancelPending(keep = () => false) {
      const ctx = context;
      if (!ctx) return;
      planned = planned.filter((p) => {
        if (p.audioAt <= ctx.currentTime || keep(p.kind, p.at)) return true;
        p.stop();
        return false;
      });
    },
    prepare() {
      ensure();
    },
    async unlock() {
      const ctx = ensure();
      if (ctx && ctx.state === "suspended") await ctx.resume();
    },
    close() {
      planned = [];
      void context?.close();
      context = null;
    },
  };
}

/** The browser's AudioContext, or null where there is none (the chime is then silent). */
export function browserAudioContext(): AudioContext | null {
  const Context = globalThis.AudioContext;
  return Context ? new Context() : null;
}
