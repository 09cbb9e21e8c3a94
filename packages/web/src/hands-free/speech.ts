/**
 * Spoken cues through the browser's speech synthesis. A new cue replaces one still being spoken, so the
 * voice always says what is happening now, never a queue of stale instructions.
 */
export type Speaker = {
  speak(text: string): void;
  cancel(): void;
  readonly available: boolean;
};

export function createSpeaker(synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): Speaker {
  const Utterance = globalThis.SpeechSynthesisUtterance;
  if (!synth || !Utterance) return { speak() {}, cancel() {}, available: false };
  return {
    available: true,
    speak(text) {
      synth.cancel();
      const utterance = new Utterance(text);
      // A calm, slightly slow voice suits someone lying on the floor following along.
      utterance.rate = 0.9;
      // The page's language picks a matching voice where the device has several.
      utterance.lang = globalThis.document?.documentElement.lang || "en";
      synth.speak(utterance);
    },
    cancel() {
      synth.cancel();
    },
  };
}
