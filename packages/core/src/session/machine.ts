/**
 * The guided-session engine: a pure reducer over any technique in `content/techniques.ts`. Time always
 * comes from the caller's clock (`now`), never from counting ticks, and a transition that falls due happens
 * at its deadline, not when the tick arrives: a late tick (a busy or hidden page) never stretches a hold.
 */
import { type Step, TECHNIQUES, type Technique } from "../content/techniques";
import { BREATHING_PACER, TIGHT_SPOT_PAUSE } from "../content/tight-spot";
import type { SessionOutcome, TechniqueId } from "../journal/events";
import { fail, ok, type Result } from "../result";
import { type Instant, instant } from "../units";
import { checkSessionGate, type GateInput } from "./gate";
import { parseSessionSettings, type SessionSettings } from "./settings";

export type SessionStatus = "running" | "paused" | "tight-spot" | "ended";
export type SessionCommand =
  | "next"
  | "tight-spot"
  | "release"
  | "pause"
  | "resume"
  | "stop-for-pain"
  | "end"
  | "tick";
export type ChimeKind = "hold-start" | "hold-end";

export type SessionState = {
  readonly techniqueId: TechniqueId;
  readonly settings: SessionSettings;
  readonly startedAt: Instant;
  readonly stepIndex: number;
  readonly status: SessionStatus;
  /** When the current step began, moved forward by any time spent paused. */
  readonly stepStartedAt: Instant;
  /** When the current tight-spot pause began (moved forward by pauses); null outside a pause. */
  readonly tightSpotStartedAt: Instant | null;
  readonly pausedAt: Instant | null;
  readonly resumeTo: "running" | "tight-spot" | null;
  /** With auto-advance off: whether "you may move on" was already said for this hold. */
  readonly minimumAnnounced: boolean;
  readonly tightSpots: number;
  readonly outcome: SessionOutcome | null;
  readonly endedAt: Instant | null;
};

export type SessionEffect =
  | { readonly type: "speak"; readonly text: string; readonly at: Instant }
  | { readonly type: "chime"; readonly kind: ChimeKind; readonly at: Instant }
  | { readonly type: "announce"; readonly text: string }
  | { readonly type: "ended"; readonly outcome: SessionOutcome; readonly at: Instant };

export type Transition = {
  readonly state: SessionState;
  readonly effects: readonly SessionEffect[];
  /** Why a command was refused (the state is then unchanged), in words for the person. */
  readonly rejected?: string;
};

const SECOND = 1000;
const techniqueOf = (state: SessionState): Technique => TECHNIQUES[state.techniqueId];
const currentStep = (state: SessionState): Step => techniqueOf(state).steps[state.stepIndex] as Step;
const at = (ms: number) => instant(ms);

/** The step's target duration in ms: its own, or the person's longer setting (never below the minimum). */
function targetMs(step: Step, settings: SessionSettings): number | null {
  if (!step.timing) return null;
  const wanted = step.timing.setting ? settings[step.timing.setting] : step.timing.targetSeconds;
  return Math.max(step.timing.minSeconds, wanted) * SECOND;
}

function tightSpotTargetMs(settings: SessionSettings): number {
  return (settings.autoAdvance ? settings.tightSpotSeconds : TIGHT_SPOT_PAUSE.maxSeconds) * SECOND;
}

function enterStep(state: SessionState, index: number, when: Instant): Transition {
  const steps = techniqueOf(state).steps;
  const step = steps[index];
  if (!step) return end(state, "completed", when);
  const next: SessionState = {
    ...state,
    stepIndex: index,
    stepStartedAt: when,
    status: "running",
    minimumAnnounced: false,
  };
  const effects: SessionEffect[] = [
    { type: "announce", text: `Step ${index + 1} of ${steps.length}: ${step.title}` },
    { type: "speak", text: step.cue, at: when },
  ];
  if (step.timing?.chime) effects.push({ type: "chime", kind: "hold-start", at: when });
  return { state: next, effects };
}

function leaveStep(state: SessionState, when: Instant): Transition {
  // With auto-advance off, the hold's end was already chimed when its minimum was reached.
  const chimed = currentStep(state).timing?.chime === true && !state.minimumAnnounced;
  const ending: SessionEffect[] = chimed ? [{ type: "chime", kind: "hold-end", at: when }] : [];
  const entered = enterStep(state, state.stepIndex + 1, when);
  return { state: entered.state, effects: [...ending, ...entered.effects] };
}

function end(state: SessionState, outcome: SessionOutcome, when: Instant): Transition {
  const words: Record<SessionOutcome, string> = {
    completed: "Well done. The session is complete. Rest for a moment before you get up.",
    "stopped-for-pain": "Stop now. Move slowly into a comfortable position and rest.",
    abandoned: "Session ended.",
  };
  return {
    state: {
      ...state,
      status: "ended",
      outcome,
      endedAt: when,
      pausedAt: null,
      resumeTo: null,
      tightSpotStartedAt: null,
    },
    effects: [
      { type: "speak", text: words[outcome], at: when },
      { type: "announce", text: words[outcome] },
      { type: "ended", outcome, at: when },
    ],
  };
}

type Due = { readonly at: Instant; readonly apply: (state: SessionState) => Transition };

/** The next thing that happens by itself, if nothing else does first. */
function nextDue(state: SessionState): Due | null {
  if (state.status === "tight-spot" && state.tightSpotStartedAt !== null) {
    const start = state.tightSpotStartedAt;
    const minimum = start + TIGHT_SPOT_PAUSE.minSeconds * SECOND;
    if (!state.settings.autoAdvance && !state.minimumAnnounced) {
      return {
        at: at(minimum),
        apply: (s) => announceMinimum(s, at(minimum), "20 seconds. Release when you are ready.", false),
      };
    }
    const release = at(start + tightSpotTargetMs(state.settings));
    return { at: release, apply: (s) => endTightSpot(s, release) };
  }
  if (state.status !== "running") return null;
  const step = currentStep(state);
  const target = targetMs(step, state.settings);
  if (!step.timing || target === null) return null;
  if (state.settings.autoAdvance) {
    const due = at(state.stepStartedAt + target);
    return { at: due, apply: (s) => leaveStep(s, due) };
  }
  if (step.timing.minSeconds > 0 && !state.minimumAnnounced) {
    const due = at(state.stepStartedAt + step.timing.minSeconds * SECOND);
    const words = step.timing.chime
      ? `${step.timing.minSeconds} seconds. Move on when you are ready.`
      : "Move on when you are ready.";
    return { at: due, apply: (s) => announceMinimum(s, due, words, step.timing?.chime === true) };
  }
  return null;
}

function announceMinimum(state: SessionState, when: Instant, words: string, chime: boolean): Transition {
  const effects: SessionEffect[] = [
    { type: "speak", text: words, at: when },
    { type: "announce", text: words },
  ];
  if (chime) effects.unshift({ type: "chime", kind: "hold-end", at: when });
  return { state: { ...state, minimumAnnounced: true }, effects };
}

function endTightSpot(state: SessionState, when: Instant): Transition {
  return {
    state: { ...state, status: "running", tightSpotStartedAt: null, minimumAnnounced: false },
    effects: [
      { type: "chime", kind: "hold-end", at: when },
      { type: "speak", text: TIGHT_SPOT_PAUSE.releaseCue, at: when },
      { type: "announce", text: "Tight-spot pause finished. Keep rolling slowly." },
    ],
  };
}

/** Everything that fell due up to `now`, in order, each at its own deadline. */
function catchUp(state: SessionState, now: Instant): Transition {
  let current = state;
  const effects: SessionEffect[] = [];
  for (let due = nextDue(current); due && due.at <= now; due = nextDue(current)) {
    const transition = due.apply(current);
    current = transition.state;
    effects.push(...transition.effects);
  }
  return { state: current, effects };
}

/** The time of the next automatic transition, and the chimes it will sound: schedule them ahead. */
export function nextDeadline(state: SessionState): { at: Instant; chimes: ChimeKind[] } | null {
  const due = nextDue(state);
  if (!due) return null;
  const chimes = due
    .apply(state)
    .effects.flatMap((effect) => (effect.type === "chime" && effect.at === due.at ? [effect.kind] : []));
  return { at: due.at, chimes };
}

/**
 * Starts a session, but only when the safety state allows it (see `checkSessionGate`). The gate reads the
 * calendar (`gate.now`); the session runs on `now`, which may come from a monotonic clock.
 */
export function startSession(
  techniqueId: TechniqueId,
  options: { readonly settings: SessionSettings; readonly gate: GateInput; readonly now: Instant },
): Result<Transition> {
  const gate = checkSessionGate(options.gate);
  if (!gate.ok) return fail([{ code: "screening_required", path: gate.reason, message: gate.message }]);
  const settings = parseSessionSettings(options.settings);
  if (!settings.ok) return settings;
  const initial: SessionState = {
    techniqueId,
    settings: settings.value,
    startedAt: options.now,
    stepIndex: 0,
    status: "running",
    stepStartedAt: options.now,
    tightSpotStartedAt: null,
    pausedAt: null,
    resumeTo: null,
    minimumAnnounced: false,
    tightSpots: 0,
    outcome: null,
    endedAt: null,
  };
  return ok(enterStep(initial, 0, options.now));
}

const refuse = (state: SessionState, why: string): Transition => ({ state, effects: [], rejected: why });

/** Applies a command at `now`, after first catching up with anything that fell due before it. */
export function sendSessionCommand(state: SessionState, command: SessionCommand, now: Instant): Transition {
  const caught = catchUp(state, now);
  const result = apply(caught.state, command, now);
  return { ...result, effects: [...caught.effects, ...result.effects] };
}

function apply(state: SessionState, command: SessionCommand, now: Instant): Transition {
  if (command === "tick") return { state, effects: [] };
  if (state.status === "ended") return refuse(state, "The session has ended.");
  // P13: stop for sharp pain is available in every state and ends the session at once.
  if (command === "stop-for-pain") return end(state, "stopped-for-pain", now);
  if (command === "end") return end(state, "abandoned", now);
  if (command === "resume") {
    if (state.status !== "paused" || state.pausedAt === null || state.resumeTo === null)
      return refuse(state, "The session is not paused.");
    const shift = now - state.pausedAt;
    return {
      state: {
        ...state,
        status: state.resumeTo,
        stepStartedAt: at(state.stepStartedAt + shift),
        tightSpotStartedAt: state.tightSpotStartedAt === null ? null : at(state.tightSpotStartedAt + shift),
        pausedAt: null,
        resumeTo: null,
      },
      effects: [{ type: "announce", text: "Resumed." }],
    };
  }
  if (state.status === "paused") return refuse(state, "Resume the session first.");
  if (command === "pause") {
    return {
      state: { ...state, status: "paused", pausedAt: now, resumeTo: state.status },
      effects: [{ type: "announce", text: "Paused. The timer is stopped." }],
    };
  }
  const step = currentStep(state);
  if (command === "tight-spot") {
    if (!step.tightSpot || state.status !== "running")
      return refuse(state, "A tight-spot pause is only for rolling.");
    return {
      state: {
        ...state,
        status: "tight-spot",
        tightSpotStartedAt: now,
        minimumAnnounced: false,
        tightSpots: state.tightSpots + 1,
      },
      effects: [
        { type: "chime", kind: "hold-start", at: now },
        { type: "speak", text: TIGHT_SPOT_PAUSE.cue, at: now },
        { type: "announce", text: "Tight-spot pause: 20 to 30 seconds of slow, deep breaths." },
      ],
    };
  }
  if (command === "release") {
    if (state.status !== "tight-spot" || state.tightSpotStartedAt === null)
      return refuse(state, "There is no tight-spot pause to release.");
    // P5: the pause lasts at least 20 s.
    if (now - state.tightSpotStartedAt < TIGHT_SPOT_PAUSE.minSeconds * SECOND) {
      return refuse(state, "Stay on the tight spot for at least 20 seconds.");
    }
    return endTightSpot(state, now);
  }
  // command === "next"
  if (state.status === "tight-spot") return refuse(state, "Finish the tight-spot pause first.");
  const minimumMs = (step.timing?.minSeconds ?? 0) * SECOND;
  if (now - state.stepStartedAt < minimumMs) {
    return refuse(state, `Hold for at least ${step.timing?.minSeconds} seconds.`);
  }
  return leaveStep(state, now);
}

export type SessionView = {
  readonly technique: Technique;
  readonly step: Step;
  readonly stepIndex: number;
  readonly stepCount: number;
  readonly status: SessionStatus;
  /** Time in the current step, or in the tight-spot pause while one runs. */
  readonly elapsedMs: number;
  /** The step's (or pause's) target duration, or null when the person ends it. */
  readonly targetMs: number | null;
  readonly remainingMs: number | null;
  /** Time left before the person may move on (0 when they may). */
  readonly minRemainingMs: number;
  readonly canAdvance: boolean;
  readonly canTightSpot: boolean;
  readonly canRelease: boolean;
  /** 0..1 through the whole session. */
  readonly progress: number;
  readonly breathing: { readonly phase: "in" | "out"; readonly fraction: number } | null;
  readonly outcome: SessionOutcome | null;
};

/** What the screen shows at `now` (call `sendSessionCommand(state, "tick", now)` first to apply due transitions). */
export function viewSession(state: SessionState, now: Instant): SessionView {
  const technique = techniqueOf(state);
  const step = currentStep(state);
  const clock = state.endedAt ?? state.pausedAt ?? now;
  const pausing = state.tightSpotStartedAt !== null;
  const elapsedMs = Math.max(
    0,
    clock - (pausing ? (state.tightSpotStartedAt as number) : state.stepStartedAt),
  );
  const target = pausing ? tightSpotTargetMs(state.settings) : targetMs(step, state.settings);
  const minimumMs = (pausing ? TIGHT_SPOT_PAUSE.minSeconds : (step.timing?.minSeconds ?? 0)) * SECOND;
  const minRemainingMs = Math.max(0, minimumMs - elapsedMs);
  const live = state.status === "running" || state.status === "tight-spot";
  const stepFraction = target ? Math.min(1, elapsedMs / target) : 0;
  return {
    technique,
    step,
    stepIndex: state.stepIndex,
    stepCount: technique.steps.length,
    status: state.status,
    elapsedMs,
    targetMs: target,
    remainingMs: target === null ? null : Math.max(0, target - elapsedMs),
    minRemainingMs,
    canAdvance: state.status === "running" && minRemainingMs === 0,
    canTightSpot: state.status === "running" && step.tightSpot === true,
    canRelease: state.status === "tight-spot" && minRemainingMs === 0,
    progress:
      state.status === "ended" && state.outcome === "completed"
        ? 1
        : (state.stepIndex + (pausing ? 0 : stepFraction)) / technique.steps.length,
    breathing: pausing && live ? breathingAt(elapsedMs) : null,
    outcome: state.outcome,
  };
}

/** P5: slow, deep breaths, paced in then out. */
function breathingAt(elapsedMs: number): { phase: "in" | "out"; fraction: number } {
  const inhale = BREATHING_PACER.inhaleSeconds * SECOND;
  const cycle = inhale + BREATHING_PACER.exhaleSeconds * SECOND;
  const t = elapsedMs % cycle;
  return t < inhale
    ? { phase: "in", fraction: t / inhale }
    : { phase: "out", fraction: (t - inhale) / (cycle - inhale) };
}
