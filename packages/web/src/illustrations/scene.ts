import type { ComponentChildren } from "preact";

/** One illustration: what it shows in words (its accessible name) and how to draw it. */
export type Scene = {
  readonly title: string;
  readonly draw: () => ComponentChildren;
  /** The part of the 320 x 200 drawing area the scene uses, so a side view is not padded with sky. */
  readonly viewBox?: string;
};
