/**
 * A scene with its layout (the box its whole motion fits in, found by solving and drawing 25 of its poses),
 * worked out once per scene and side. The session prepares the next step's scene while the person is busy
 * with this one, so the tap that moves on ("I'm in position") draws one pose, not 26 (measured at 4x CPU:
 * the layout was most of that tap's own script). In idle time it is worked out one pose per slice while the
 * browser has idle time left, so a tap that comes meanwhile waits for one pose at most, not 25 (issue 19).
 */
import type { Side } from "../body/body-model";
import { findScene } from "./catalogue";
import type { Scene } from "./scene";
import { layoutSteps, type SceneLayout } from "./scene-drawing";

export type PreparedScene = { readonly scene: Scene; readonly layout: SceneLayout };

type Layout = Generator<void, SceneLayout, void>;

/** By "id:side"; a handful of entries, one per picture the techniques name. */
const prepared = new Map<string, PreparedScene | null>();
/** Layouts begun in idle time and not yet finished, by the same key. */
const begun = new Map<string, { scene: Scene; steps: Layout }>();

const keyOf = (id: string, side?: Side) => `${id}:${side ?? ""}`;

/** Takes the layout one pose further; the prepared scene once it is done. */
function advance(key: string, work: { scene: Scene; steps: Layout }): PreparedScene | undefined {
  const step = work.steps.next();
  if (!step.done) return undefined;
  const entry = { scene: work.scene, layout: step.value };
  begun.delete(key);
  prepared.set(key, entry);
  return entry;
}

/** Starts (or finds) the scene's layout; null when the catalogue has no such scene. */
function begin(id: string, side: Side | undefined, key: string) {
  let work = begun.get(key);
  if (!work) {
    const scene = findScene(id, side);
    if (!scene) {
      prepared.set(key, null);
      return null;
    }
    work = { scene, steps: layoutSteps(scene) };
    begun.set(key, work);
  }
  return work;
}

export function prepareScene(id: string, side?: Side): PreparedScene | undefined {
  const key = keyOf(id, side);
  const known = prepared.get(key);
  if (known !== undefined) return known ?? undefined;
  // Finishes whatever idle time began.
  const work = begin(id, side, key);
  if (!work) return undefined;
  for (;;) {
    const done = advance(key, work);
    if (done) return done;
  }
}

/** Prepares the scene in slices while the browser is idle; returns a cancel. */
export function prepareSceneWhenIdle(id: string, side?: Side): () => void {
  const key = keyOf(id, side);
  let cancelled = false;
  let cancelNext = () => {};
  const slice = (timeLeft: () => number) => {
    if (cancelled || prepared.has(key)) return;
    const work = begin(id, side, key);
    if (!work) return;
    // At least one pose per slice; more while the idle period lasts.
    do {
      if (advance(key, work)) return;
    } while (timeLeft() > 1);
    cancelNext = later(slice);
  };
  cancelNext = later(slice);
  return () => {
    cancelled = true;
    cancelNext();
  };
}

/** The next idle period (or a short timer where the browser has none); returns a cancel. */
function later(run: (timeLeft: () => number) => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback((deadline) => run(() => deadline.timeRemaining()), { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(() => run(() => 0), 200);
  return () => clearTimeout(timer);
}
