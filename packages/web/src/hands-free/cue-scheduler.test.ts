import type { SessionEffect } from "@limber/core/session/session-state";
import { instant } from "@limber/core/units";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAudioStub } from "../../test-support/audio-stub";
import { createChimeScheduler } from "./chime";
import { createCueScheduler } from "./cue-scheduler";
import { createSpeaker } from "./speech";

/** Stands in for the browser's speechSynthesis and records what would be spoken. */
function stubSpeech() {
  const spoken: string[] = [];
  let cancels = 0;
  vi.stubGlobal(
    "SpeechSynthesisUtterance",
    class {
      rate = 1;
      constructor(readonly text: string) {}
    },
  );
  const synth = {
    speak: (utterance: { text: string }) => spoken.push(utterance.text),
    cancel: () => {
      cancels += 1;
    },
  } as unknown as SpeechSynthesis;
  return { synth, spoken, cancels: () => cancels };
}

const NOW = 5_000_000;

function setup(switches = { speech: true, chime: true }) {
  const speech = stubSpeech();
  const audio = createAudioStub();
  const chime = createChimeScheduler({ createContext: audio.asAudioContext, now: () => instant(NOW) });
  const announced: string[] = [];
  const cues = createCueScheduler({
    speaker: createSpeaker(speech.synth),
    chime,
    announce: (text) => announced.push(text),
    switches: () => switches,
  });
  return { cues, speech, audio, announced, switches };
}

const speak = (text: string): SessionEffect => ({ type: "speak", text, at: instant(NOW) });
const announce = (text: string): SessionEffect => ({ type: "announce", text });
const chime = (kind: "hold-start" | "hold-end", at = NOW): SessionEffect => ({
  type: "chime",
  kind,
  at: instant(at),
});

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe("the hands-free cue scheduler", () => {
  it("speaks the step's cue, announces it politely and chimes at the hold's start", () => {
    const { cues, speech, audio, announced } = setup();
    cues.deliver([
      announce("Step 3 of 7: Hold"),
      speak("Hold this comfortable position."),
      chime("hold-start"),
    ]);
    expect(speech.spoken).toEqual(["Hold this comfortable position."]);
    expect(announced).toEqual(["Step 3 of 7: Hold"]);
    expect(audio.notes).toHaveLength(2);
  });

  it("after catching up from the background, speaks only the latest cue", () => {
    const { cues, speech } = setup();
    cues.deliver([speak("Hold this comfortable position."), speak("Slowly return to the centre.")]);
    expect(speech.spoken).toEqual(["Slowly return to the centre."]);
  });

  it("stays quiet when spoken cues are switched off, but still announces and chimes", () => {
    const { cues, speech, audio, announced } = setup({ speech: false, chime: true });
    cues.deliver([announce("Paused."), speak("Paused."), chime("hold-end")]);
    expect(speech.spoken).toEqual([]);
    expect(announced).toEqual(["Paused."]);
    expect(audio.notes).toHaveLength(2);
  });

  it("plays no chime when the chime is switched off", () => {
    const { cues, audio } = setup({ speech: true, chime: false });
    cues.plan({ at: instant(NOW + 30_000), chimes: ["hold-end"] });
    cues.deliver([chime("hold-start")]);
    expect(audio.notes).toHaveLength(0);
  });

  it("plans the next hold's chime ahead on the audio clock and does not repeat it when the engine reports it", () => {
    const { cues, audio } = setup();
    cues.plan({ at: instant(NOW + 30_000), chimes: ["hold-end"] });
    expect(audio.notes[0]?.startAt).toBeCloseTo(30, 6);
    cues.deliver([chime("hold-end", NOW + 30_000)]);
    expect(audio.notes).toHaveLength(2);
  });

  it("cancels a planned chime whose moment moved (a pause) and plans the new one", () => {
    const { cues, audio } = setup();
    cues.plan({ at: instant(NOW + 30_000), chimes: ["hold-end"] });
    cues.plan(null);
    expect(audio.notes.every((note) => note.stoppedEarly)).toBe(true);
    cues.plan({ at: instant(NOW + 40_000), chimes: ["hold-end"] });
    expect(audio.notes.at(-1)?.startAt).toBeCloseTo(40.35, 6);
  });

  it("silences speech and planned chimes when the session screen goes away", () => {
    const { cues, speech, audio } = setup();
    cues.plan({ at: instant(NOW + 30_000), chimes: ["hold-end"] });
    const before = speech.cancels();
    cues.stop();
    expect(speech.cancels()).toBe(before + 1);
    expect(audio.notes.every((note) => note.stoppedEarly)).toBe(true);
  });
});
