/**
 * The guided-session engine: a pure reducer over any technique in `content/techniques.ts`. Time always
 * comes from the caller's clock (`now`), never from counting ticks, and a transition that falls due happens
 * at its deadline, not when the tick arrives: a late tick (a busy or hidden page) never stretches a hold.
 * Steps the article gives no time for wait for the person; pausing during a tight spot ends the spot, so no
 * spot lasts beyond 30 s of the caller's time whatever happens. Its shapes are in `session-state.ts`, what
 * the screen shows in `view.ts`; a refused command gives a code from `refusals.ts`.
 */
import { TIGHT_SPOT_PAUSE } from "../content/tight-spot";
import type { SessionOutcome, TechniqueId } from "../journal/events";
import { fail, ok, type Result } from "../result";
import { type Instant, instant, SECOND_MS } from "../units";
import type { GateInput } from "./gate-decision";
import type { SessionRefusal } from "./refusals";
import {
  type ChimeKind,
  currentStep,
  type SessionCommand,
  type SessionEffect,
  type SessionState,
  type Transition,
  techniqueOf,
} from "./session-state";
import { parseSessionSettings, type SessionSettings } from "./settings";
import { targetMs, tightSpotTargetMs } from "./step-targets";
import { checkTrustedSessionGate } from "./trusted-gate";
import { minimumReached, SESSION_WORDS } from "./words";

const at = (ms: number) => instant(ms);

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
  const words = SESSION_WORDS.ended;
  return {
    state: {
      ...state,
      status: "ended",
      outcome,
      endedAt: when,
      pausedAt: null,
      easedOff: false,
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
    const minimum = start + TIGHT_SPOT_PAUSE.minSeconds * SECOND_MS;
    if (!state.settings.autoAdvance && !state.minimumAnnounced) {
      return {
        at: at(minimum),
        apply: (s) => announceMinimum(s, at(minimum), SESSION_WORDS.tightSpotMinimum, false),
      };
    }
    const release = at(start + tightSpotTargetMs(state.settings));
    return { at: release, apply: (s) => endTightSpot(s, release) };
  }
  if (state.status !== "running") return null;
  const step = currentStep(state);
  const target = targetMs(step, state.settings);
  // Steps the article does not time wait for the person, whatever the auto-advance setting.
  if (!step.timing || target === null) return null;
  if (state.settings.autoAdvance) {
    const due = at(state.stepStartedAt + target);
    return { at: due, apply: (s) => leaveStep(s, due) };
  }
  if (step.timing.minSeconds > 0 && !state.minimumAnnounced) {
    const due = at(state.stepStartedAt + step.timing.minSeconds * SECOND_MS);
    const words = minimumReached(step);
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
      { type: "announce", text: SESSION_WORDS.tightSpotFinished },
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
 * calendar (`gate.now`); the session runs on `now`, which may come from a monotonic clock. `gate` is the
 * device's own record, validated when it entered the store, so it is read as trusted (`checkTrustedSessionGate`:
 * the same decision, without a schema library); a caller holding a record from elsewhere checks it with
 * `checkSessionGate` first.
 */
export function startSession(
  techniqueId: TechniqueId,
  options: { readonly settings: SessionSettings; readonly gate: GateInput; readonly now: Instant },
): Result<Transition> {
  const gate = checkTrustedSessionGate(options.gate);
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
    easedOff: false,
    minimumAnnounced: false,
    tightSpots: 0,
    outcome: null,
    endedAt: null,
  };
  return ok(enterStep(initial, 0, options.now));
}

const refuse = (state: SessionState, why: SessionRefusal): Transition => ({
  state,
  effects: [],
  rejected: why,
});

/** Applies a command at `now`, after first catching up with anything that fell due before it. */
export function sendSessionCommand(state: SessionState, command: SessionCommand, now: Instant): Transition {
  const caught = catchUp(state, now);
  const result = apply(caught.state, command, now);
  return { ...result, effects: [...caught.effects, ...result.effects] };
}

function apply(state: SessionState, command: SessionCommand, now: Instant): Transition {
  if (command === "tick") return { state, effects: [] };
  if (state.status === "ended") return refuse(state, "session_ended");
  // P13: stop for sharp pain is available in every state and ends the session at once.
  if (command === "stop-for-pain") return end(state, "stopped-for-pain", now);
  if (command === "end") return end(state, "abandoned", now);
  if (command === "resume") return resume(state, now);
  if (state.status === "paused") return refuse(state, "paused");
  if (command === "pause") return pause(state, now);
  const step = currentStep(state);
  if (command === "tight-spot") {
    if (!step.tightSpot || state.status !== "running") return refuse(state, "not_rolling");
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
        { type: "announce", text: SESSION_WORDS.tightSpotStarted },
      ],
    };
  }
  if (command === "release") {
    if (state.status !== "tight-spot" || state.tightSpotStartedAt === null)
      return refuse(state, "no_tight_spot");
    // P5: the pause lasts at least 20 s.
    if (now - state.tightSpotStartedAt < TIGHT_SPOT_PAUSE.minSeconds * SECOND_MS) {
      return refuse(state, "tight_spot_too_short");
    }
    return endTightSpot(state, now);
  }
  // command === "next"
  if (state.status === "tight-spot") return refuse(state, "tight_spot_running");
  const minimumMs = (step.timing?.minSeconds ?? 0) * SECOND_MS;
  if (now - state.stepStartedAt < minimumMs) {
    return refuse(state, "hold_too_short");
  }
  return leaveStep(state, now);
}

/**
 * A pause stops the step's clock. During a tight spot it ends the spot instead of freezing it: nobody is left
 * lying on a tight spot while paused, and on resume rolling goes on (no time on a spot beyond 30 s).
 */
function pause(state: SessionState, now: Instant): Transition {
  const paused: SessionState = { ...state, status: "paused", pausedAt: now, easedOff: false };
  if (state.status !== "tight-spot") {
    return { state: paused, effects: [{ type: "announce", text: SESSION_WORDS.paused }] };
  }
  return {
    state: { ...paused, easedOff: true, tightSpotStartedAt: null, minimumAnnounced: false },
    effects: [
      { type: "chime", kind: "hold-end", at: now },
      { type: "speak", text: TIGHT_SPOT_PAUSE.easeOffCue, at: now },
      { type: "announce", text: SESSION_WORDS.easedOff },
    ],
  };
}

function resume(state: SessionState, now: Instant): Transition {
  if (state.status !== "paused" || state.pausedAt === null) return refuse(state, "not_paused");
  const resumed: SessionState = {
    ...state,
    status: "running",
    stepStartedAt: at(state.stepStartedAt + (now - state.pausedAt)),
    pausedAt: null,
    easedOff: false,
  };
  const effects: SessionEffect[] = state.easedOff
    ? [
        { type: "speak", text: SESSION_WORDS.rollingAgain, at: now },
        { type: "announce", text: `${SESSION_WORDS.resumed} ${SESSION_WORDS.rollingAgain}` },
      ]
    : [{ type: "announce", text: SESSION_WORDS.resumed }];
  return { state: resumed, effects };
}
