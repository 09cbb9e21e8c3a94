/**
 * Whether the device can speak: "none" when it has no speech synthesis or no voice (voices load late in some
 * browsers, so an empty list is given a moment to fill before it counts as none).
 */
import { useEffect, useState } from "preact/hooks";

export type VoiceState = "checking" | "available" | "none";

/** How long an empty voice list may take to fill before the device counts as having no voice. */
export const VOICE_WAIT_MS = 1500;

export function hasVoice(synth: SpeechSynthesis | undefined): boolean {
  return Boolean(synth && typeof synth.getVoices === "function" && synth.getVoices().length > 0);
}

export function useSpeechVoice(synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): VoiceState {
  const [state, setState] = useState<VoiceState>(() =>
    !synth || !globalThis.SpeechSynthesisUtterance ? "none" : hasVoice(synth) ? "available" : "checking",
  );
  useEffect(() => {
    if (state !== "checking" || !synth) return;
    const check = () => {
      if (hasVoice(synth)) setState("available");
    };
    synth.addEventListener?.("voiceschanged", check);
    const timer = setTimeout(() => setState(hasVoice(synth) ? "available" : "none"), VOICE_WAIT_MS);
    return () => {
      synth.removeEventListener?.("voiceschanged", check);
      clearTimeout(timer);
    };
  }, [state, synth]);
  return state;
}
