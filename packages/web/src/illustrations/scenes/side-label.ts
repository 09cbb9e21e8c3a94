/**
 * The side of a twist step in a few words, for the session screen to show beside the picture (the picture
 * itself carries no labels): which knee crosses, toward which side, and which hand rests on it (P7).
 */
import { otherSide, type Side } from "../body/body-model";

const capital = (side: Side) => (side === "left" ? "Left" : "Right");

/** For a step with a side: e.g. "Left knee across to your right, right hand resting on it". */
export function sideLabel(side: Side | undefined): string | undefined {
  if (!side) return undefined;
  return `${capital(side)} knee across to your ${otherSide(side)}, ${otherSide(side)} hand resting on it`;
}
