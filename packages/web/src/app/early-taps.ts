/**
 * Taps that land before the app has taken over the prerendered first screen. Its buttons are plain HTML
 * until then, so a tap on one (a person who presses "I felt the urge" the moment the page shows) would do
 * nothing and be lost. The entry holds such taps from its first line; once the app has rendered, each is
 * replayed on the same button (the app keeps the prerendered nodes) or, when the screen changed meanwhile,
 * on the one button with the same words. A tap that fits no button is dropped: guessing would be worse.
 */

const held: HTMLButtonElement[] = [];
let holding: HTMLElement | null = null;

function hold(event: Event): void {
  const target = event.target;
  const button = target instanceof Element ? target.closest("button") : null;
  if (!button) return;
  // The page's own behaviour for this tap (a form submit) would run without the app: keep it for the app.
  event.preventDefault();
  event.stopPropagation();
  held.push(button);
}

/** Starts holding taps on the buttons inside `root` (the prerendered app container). */
export function holdEarlyTaps(root: HTMLElement): void {
  if (holding) return;
  holding = root;
  root.addEventListener("click", hold, true);
}

function sameWords(button: HTMLButtonElement, root: HTMLElement): HTMLButtonElement | null {
  const words = button.textContent?.trim();
  if (!words) return null;
  const matches = [...root.querySelectorAll("button")].filter((b) => b.textContent?.trim() === words);
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

/** Stops holding and replays every held tap on the screen the app now shows. Returns how many it replayed. */
export function replayEarlyTaps(): number {
  const root = holding;
  if (!root) return 0;
  root.removeEventListener("click", hold, true);
  holding = null;
  let replayed = 0;
  for (const button of held.splice(0)) {
    const target = root.contains(button) ? button : sameWords(button, root);
    if (target && !target.disabled) {
      target.click();
      replayed += 1;
    }
  }
  return replayed;
}
