/**
 * A scene with its layout (the box its whole motion fits in, found by solving and drawing 25 of its poses),
 * worked out once per scene and side. The session prepares the next step's scene while the person is busy
 * with this one, so the tap that moves on ("I'm in position") draws one pose, not 26 (measured at 4x CPU:
 * the layout was most of that tap's own script).
 */
import type { Side } from "../body/body-model";
import { findScene } from "./catalogue";
import type { Scene } from "./scene";
import { layoutScene, type SceneLayout } from "./scene-drawing";

export type PreparedScene = { readonly scene: Scene; readonly layout: SceneLayout };

/** By "id:side"; a handful of entries, one per picture the techniques name. */
const prepared = new Map<string, PreparedScene | null>();

export function prepareScene(id: string, side?: Side): PreparedScene | undefined {
  const key = `${id}:${side ?? ""}`;
  let entry = prepared.get(key);
  if (entry === undefined) {
    const scene = findScene(id, side);
    entry = scene ? { scene, layout: layoutScene(scene) } : null;
    prepared.set(key, entry);
  }
  return entry ?? undefined;
}

/** Prepares the scene once the browser is idle; returns a cancel. */
export function prepareSceneWhenIdle(id: string, side?: Side): () => void {
  const run = () => void prepareScene(id, side);
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}
