/**
 * One polite live region for the whole app. Phase changes are announced here (never every second), so a
 * screen reader user hears "Hold: 30 seconds on the left side" without being interrupted.
 */
import { signal } from "@preact/signals";

export const announcement = signal("");
let clearTimer: ReturnType<typeof setTimeout> | undefined;

export function announce(text: string): void {
  // Clearing first makes a repeated identical message be read again.
  announcement.value = "";
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => {
    announcement.value = text;
  }, 50);
}
