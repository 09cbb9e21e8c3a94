/**
 * A screen's heavy parts, rendered in the tasks after its first render: the screen paints its heading and
 * what matters first (safety state, actions) in one short task, then each `<Later>` block renders in a task
 * of its own, in the order they were mounted, so the main thread answers taps in between. Measured on a
 * phone's CPU (4x slowdown): a whole screen rendered in one go was one task of 150-400 ms.
 *
 * Never wrap anything safety-related (the safety state, the gate's answer, the emergency call, the stop):
 * those must be right in the first frame.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";

const waiting: (() => void)[] = [];
let scheduled = false;

/** The next task: `scheduler.postTask` where the browser has it (it runs ahead of other timers), else a timer. */
function nextTask(run: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void) => Promise<void> } })
    .scheduler;
  if (scheduler?.postTask) void scheduler.postTask(run);
  else setTimeout(run, 0);
}

/** Shows one waiting block, then yields before the next one. */
function showNext(): void {
  scheduled = false;
  waiting.shift()?.();
  if (waiting.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  nextTask(showNext);
}

export function Later(props: { children: ComponentChildren; placeholder?: ComponentChildren }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const show = () => setShown(true);
    waiting.push(show);
    schedule();
    return () => {
      // A part whose screen has gone no longer waits (and no longer holds up the parts after it).
      const index = waiting.indexOf(show);
      if (index >= 0) waiting.splice(index, 1);
      if (waiting.length === 0) scheduled = false;
    };
  }, []);
  return <>{shown ? props.children : (props.placeholder ?? null)}</>;
}
