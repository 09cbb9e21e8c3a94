/** P5: the tight-spot pause on the roller, and the slow-breathing pacer that runs during it. */
export const TIGHT_SPOT_PAUSE = {
  // P5: "pause on that point for 20 to 30 seconds"; never shorter or longer.
  minSeconds: 20,
  maxSeconds: 30,
  instruction:
    "Pause on this point for 20 to 30 seconds, maintaining slow, deep breaths to encourage muscle release.",
  cue: "Pause here. Breathe in slowly, and out slowly.",
  releaseCue: "Release. Keep rolling slowly.",
  // Product rule: a pause on the roller would leave the person on the spot, so pausing ends the spot.
  easeOffCue: "Ease off the roller.",
  source: "P5",
} as const;

/**
 * P5: "maintaining slow, deep breaths". The 4 s in / 6 s out rhythm is Limber's choice (the article gives
 * no numbers): six breaths a minute, a common slow-breathing pace, three breaths in a 30 s pause.
 */
export const BREATHING_PACER = {
  inhaleSeconds: 4,
  exhaleSeconds: 6,
  source: "P5",
  pacingSource: "Limber product rule",
} as const;
