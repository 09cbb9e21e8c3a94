/**
 * The large timer: time left in a timed step or pause, time spent in an open-ended one (rolling). It is not
 * a live region: phase changes are announced once through the app's polite region instead of every second.
 */
import type { SessionView } from "@limber/core/session/view";

export function formatSeconds(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}

export function SessionTimer({ view }: { view: SessionView }) {
  const counting = view.remainingMs !== null;
  const shown = counting ? (view.remainingMs as number) : view.elapsedMs;
  const label = counting ? "Time left" : "Time so far";
  return (
    <div class="session-timer" role="timer" aria-label={`${label}: ${formatSeconds(shown)}`}>
      <span class="session-timer-label">{label}</span>
      <span class="session-timer-value" data-testid="session-timer">
        {counting ? formatSeconds(shown) : formatSeconds(Math.floor(shown / 1000) * 1000)}
      </span>
    </div>
  );
}
