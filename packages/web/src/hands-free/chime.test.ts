import { instant } from "@limber/core/units";
import { describe, expect, it } from "vitest";
import { createAudioStub } from "../../test-support/audio-stub";
import { createChimeScheduler } from "./chime";

function setup(wallNow = 1_000_000) {
  const audio = createAudioStub();
  let now = wallNow;
  const chime = createChimeScheduler({ createContext: audio.asAudioContext, now: () => instant(now) });
  return {
    audio,
    chime,
    setNow: (ms: number) => {
      now = ms;
    },
  };
}

describe("the hold chime", () => {
  it("is scheduled on the audio clock at the exact moment the hold ends", () => {
    const { audio, chime } = setup(1_000_000);
    audio.context.currentTime = 12.5;
    chime.schedule("hold-end", instant(1_030_000));
    // 30 s after now on the wall clock is 30 s after now on the audio clock.
    expect(audio.notes[0]?.startAt).toBeCloseTo(42.5, 6);
    expect(audio.notes).toHaveLength(2);
  });

  it("allows for the device's output latency so the chime is heard, not just started, on time", () => {
    const { audio, chime } = setup(1_000_000);
    // The audio thread is 25 ms ahead of what the speakers are playing right now.
    audio.context.currentTime = 10.025;
    audio.context.outputTimestamp = { contextTime: 10, performanceTime: performance.now() };
    chime.schedule("hold-end", instant(1_030_000));
    expect(audio.notes[0]?.startAt).toBeCloseTo(40, 2);
  });

  it("rises for a hold's start and falls for its end, so the two are told apart by ear", () => {
    const { audio, chime } = setup();
    chime.schedule("hold-start", instant(1_000_000));
    chime.schedule("hold-end", instant(1_010_000));
    const [a, b, c, d] = audio.notes.map((note) => note.frequency);
    expect(a).toBeLessThan(b as number);
    expect(c).toBeGreaterThan(d as number);
  });

  it("sounds once when the same chime is planned ahead and then reported by the engine", () => {
    const { audio, chime, setNow } = setup(1_000_000);
    chime.schedule("hold-end", instant(1_030_000));
    setNow(1_030_400);
    chime.schedule("hold-end", instant(1_030_000));
    expect(audio.notes).toHaveLength(2);
  });

  it("drops a chime that would sound more than a second late instead of misleading", () => {
    const { audio, chime } = setup(1_000_000);
    chime.schedule("hold-end", instant(998_000));
    expect(audio.notes).toHaveLength(0);
  });

  it("cancels planned chimes that have not sounded when the session pauses or stops", () => {
    const { audio, chime } = setup(1_000_000);
    audio.context.currentTime = 5;
    chime.schedule("hold-end", instant(1_030_000));
    chime.cancelPending();
    expect(audio.notes.every((note) => note.stoppedEarly)).toBe(true);
    expect(chime.has("hold-end", instant(1_030_000))).toBe(false);
  });

  it("resumes a suspended audio context when unlocked from a tap", async () => {
    const { audio, chime } = setup();
    await chime.unlock();
    expect(audio.context.resumed).toBe(1);
  });

  it("stays silent without failing where the browser has no Web Audio", () => {
    const chime = createChimeScheduler({ createContext: () => null, now: () => instant(0) });
    expect(() => chime.schedule("hold-start", instant(0))).not.toThrow();
  });
});
