/** Every step illustration by the id the core's technique data names (`Step.illustration`). */
import type { Side } from "../body/body-model";
import { ROLLER_SCENES } from "./roller-scenes";
import type { Scene } from "./scene";
import { TWIST_SCENES, twistReturn } from "./twist-scenes";

const BY_ID: ReadonlyMap<string, Scene> = new Map([...ROLLER_SCENES, ...TWIST_SCENES].map((s) => [s.id, s]));

/** The scene for an illustration id; `side` picks which knee returns in "twist-return". */
export function findScene(id: string, side?: Side): Scene | undefined {
  if (id === "twist-return") return twistReturn(side);
  return BY_ID.get(id);
}

export const SCENE_IDS: readonly string[] = [...BY_ID.keys(), "twist-return"];
