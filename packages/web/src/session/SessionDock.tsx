/**
 * The thumb-reach dock below the stop control: at most three controls, each at least 56 px high and 8 px
 * apart. The main action of the state comes first (I'm in position, Tight spot, Release, Next, Resume), then
 * Pause or Done rolling where they apply, then End. A control that cannot act yet looks disabled and says why
 * in its accessible name (the big timer shows how long). A tap just after the dock changed is ignored, so a
 * double tap never carries into the next step.
 */
import { IN_POSITION } from "@limber/core/content/techniques";
import type { SessionView } from "@limber/core/session/view";
import { useRef } from "preact/hooks";

type Command = "tight-spot" | "release" | "next" | "pause" | "resume";

/** Long enough to swallow the second tap of a double tap, short enough never to be noticed. */
export const DOCK_SETTLE_MS = 600;

type Control = {
  readonly id: string;
  readonly label: string;
  readonly onPress: () => void;
  readonly primary?: boolean;
  /** Why it cannot act now; null or absent when it can. */
  readonly blocked?: string | null;
  readonly ariaLabel?: string;
  readonly keys?: string;
};

/** The controls for the state the session is in, in their order. */
export function dockControls(view: SessionView, on: (c: Command) => void, onEnd: () => void): Control[] {
  const { step, status } = view;
  const end: Control = { id: "session-end", label: "End", ariaLabel: "End session", onPress: onEnd };
  if (status === "paused") {
    return [{ id: "session-resume", label: "Resume", primary: true, onPress: () => on("resume") }, end];
  }
  if (status === "tight-spot") {
    return [
      {
        id: "session-release",
        label: "Release",
        primary: true,
        blocked: view.releaseBlocked,
        onPress: () => on("release"),
      },
      { id: "session-pause", label: "Pause", onPress: () => on("pause") },
      end,
    ];
  }
  if (view.canTightSpot) {
    return [
      { id: "session-tight-spot", label: "Tight spot", primary: true, onPress: () => on("tight-spot") },
      { id: "session-next", label: "Done rolling", onPress: () => on("next") },
      end,
    ];
  }
  if (step.waitsForPerson) {
    const label = IN_POSITION.button;
    return [
      { id: "session-next", label, primary: true, keys: "Enter Space", onPress: () => on("next") },
      end,
    ];
  }
  const isLast = view.stepIndex === view.stepCount - 1;
  return [
    {
      id: "session-next",
      label: isLast ? "Finish" : "Next step",
      primary: view.canAdvance,
      blocked: view.advanceBlocked,
      onPress: () => on("next"),
    },
    { id: "session-pause", label: "Pause", onPress: () => on("pause") },
    end,
  ];
}

export function SessionDock(props: {
  view: SessionView;
  onCommand: (c: Command) => void;
  onEnd: () => void;
}) {
  const { view, onCommand, onEnd } = props;
  const shape = `${view.stepIndex}:${view.status}`;
  const settled = useRef({ shape, since: Date.now() });
  if (settled.current.shape !== shape) settled.current = { shape, since: Date.now() };
  const controls = dockControls(view, onCommand, onEnd);
  return (
    <div class="session-dock" data-testid="session-dock" data-count={controls.length}>
      {controls.map((control) => {
        const blocked = control.blocked ?? null;
        return (
          <button
            key={control.id}
            type="button"
            class={
              [control.primary ? "primary" : "", blocked ? "is-blocked" : ""].join(" ").trim() || undefined
            }
            aria-disabled={blocked ? "true" : undefined}
            aria-label={blocked ? `${control.label}: ${blocked}` : (control.ariaLabel ?? undefined)}
            aria-keyshortcuts={control.keys}
            onClick={() => {
              if (blocked || Date.now() - settled.current.since < DOCK_SETTLE_MS) return;
              control.onPress();
            }}
            data-testid={control.id}
          >
            {control.label}
          </button>
        );
      })}
    </div>
  );
}
