/**
 * The thumb-reach dock: the controls other than the stop (tight spot or release, next, pause or resume,
 * end), each at least 56 px high, in one row below the stop control and never under it.
 */
import type { SessionView } from "@limber/core/session/view";

type Command = "tight-spot" | "release" | "next" | "pause" | "resume";

export function SessionDock(props: {
  view: SessionView;
  onCommand: (c: Command) => void;
  onEnd: () => void;
}) {
  const { view, onCommand, onEnd } = props;
  const { step, status } = view;
  const paused = status === "paused";
  const tightSpot = status === "tight-spot";
  const isLast = view.stepIndex === view.stepCount - 1;
  const nextLabel = step.kind === "rolling" ? "Done rolling" : isLast ? "Finish" : "Next step";
  return (
    <div class="session-dock" data-testid="session-dock">
      {view.canTightSpot && (
        <button
          type="button"
          class="primary"
          onClick={() => onCommand("tight-spot")}
          data-testid="session-tight-spot"
        >
          Tight spot
        </button>
      )}
      {tightSpot && (
        <button
          type="button"
          class="primary"
          onClick={() => onCommand("release")}
          disabled={!view.canRelease}
          data-testid="session-release"
        >
          {view.canRelease ? "Release" : `Release in ${Math.ceil(view.minRemainingMs / 1000)} s`}
        </button>
      )}
      {!tightSpot && (
        <button
          type="button"
          class={view.canAdvance && !view.canTightSpot ? "primary" : ""}
          onClick={() => onCommand("next")}
          disabled={paused}
          aria-describedby={view.canAdvance ? undefined : "session-min-remaining"}
          data-testid="session-next"
        >
          {nextLabel}
        </button>
      )}
      {paused ? (
        <button
          type="button"
          class="primary"
          onClick={() => onCommand("resume")}
          data-testid="session-resume"
        >
          Resume
        </button>
      ) : (
        <button type="button" onClick={() => onCommand("pause")} data-testid="session-pause">
          Pause
        </button>
      )}
      <button type="button" onClick={onEnd} aria-label="End session" data-testid="session-end">
        End
      </button>
    </div>
  );
}
