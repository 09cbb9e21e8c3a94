import type { ComponentChildren } from "preact";

/** One illustration: what it shows in words (its accessible name) and how to draw it. */
export type Scene = { readonly title: string; readonly draw: () => ComponentChildren };
