/**
 * A table that may scroll sideways on a narrow screen. WCAG 2.1.1: a scrolling region must take keyboard
 * focus so it can be scrolled without a pointer; its label names it for screen readers.
 */
import type { ComponentChildren } from "preact";

export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (axe scrollable-region-focusable)
    <section class="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
