/**
 * The app's first render over the prerendered home (index.html). For a first-time visitor on the home
 * screen (an empty record, which is what the build rendered: pwa/prerender-entry.tsx) the page already is
 * the app's first frame, node for node (first-render.test.tsx proves it), so the app hydrates it: it
 * attaches its handlers to the nodes there instead of diffing every attribute of every node, a shorter
 * first task on a slow phone (issue 19). Anything else (a record, another screen) renders in full, so a
 * screen that differs from the prerendered one is drawn right.
 */
import type { ReadonlySignal } from "@preact/signals";
import { hydrate, render } from "preact";
import { App } from "./App";

/** The loaded record's parts (the store's signals), passed in so this module does not load the store. */
export type LoadedRecord = {
  readonly screenings: ReadonlySignal<readonly unknown[]>;
  readonly events: ReadonlySignal<readonly unknown[]>;
  readonly acknowledgements: ReadonlySignal<readonly unknown[]>;
};

/** The record the build prerendered the home for: nothing recorded yet. */
export function recordIsEmpty(record: LoadedRecord): boolean {
  return (
    record.screenings.value.length === 0 &&
    record.events.value.length === 0 &&
    record.acknowledgements.value.length === 0
  );
}

/**
 * `asPrerendered`: the record, loaded, when the screen about to be drawn is the prerendered home (its code,
 * the record and the safety rules are here); null otherwise. Only an empty record hydrates.
 */
export function renderFirstScreen(
  root: HTMLElement,
  asPrerendered: LoadedRecord | null,
): "hydrated" | "rendered" {
  if (asPrerendered && recordIsEmpty(asPrerendered)) {
    hydrate(<App />, root);
    return "hydrated";
  }
  render(<App />, root);
  return "rendered";
}
