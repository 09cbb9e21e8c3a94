/**
 * The large timer: the one clock of the session's state, with one meaning (see `SessionClock` in core). A
 * step that waits for the person has no clock. It is not a live region: phase changes are announced once
 * through the app's polite region instead of every second.
 */
import type { SessionClock, SessionView } from "@limber/core/session/view";

export function formatSeconds(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/** What the clock means, in words, for each kind of clock. */
export function clockLabel(clock: SessionClock, view: Pick<SessionView, "step">): string {
  if (clock.kind === "none") return "No clock: take your time";
  switch (clock.meaning) {
    case "step-left":
      return "Time left";
    case "until-release":
      return "Until release";
    case "until-minimum":
      return view.step.kind === "hold" ? "Hold for at least" : "Slowly, for at least";
    case "rolling":
      return "Time rolling";
    case "held":
      return "Hold as long as is comfortable. Time held";
    case "so-far":
      return "Move on when you are ready. Time so far";
  }
}

/** The digits of a running clock: counting down rounds up (0:01 until the very end); up, whole seconds done. */
function clockDigits(clock: Exclude<SessionClock, { kind: "none" }>): string {
  return clock.kind === "down" ? formatSeconds(clock.ms) : formatSeconds(Math.floor(clock.ms / 1000) * 1000);
}

/** The clock as the timer shows it: its words and digits. */
export function shownClock(view: Pick<SessionView, "clock" | "step">): string {
  const label = clockLabel(view.clock, view);
  return view.clock.kind === "none" ? label : `${label}: ${clockDigits(view.clock)}`;
}

export function SessionTimer({ view }: { view: SessionView }) {
  const { clock } = view;
  const label = clockLabel(clock, view);
  if (clock.kind === "none") {
    return (
      <p class="session-no-clock" data-testid="session-no-clock">
        {label}
      </p>
    );
  }
  const shown = clockDigits(clock);
  return (
    <div class="session-timer" role="timer" aria-label={`${label}: ${shown}`} data-meaning={clock.meaning}>
      <span class="session-timer-label">{label}</span>
      <span class="session-timer-value" data-testid="session-timer">
        {shown}
      </span>
    </div>
  );
}
