/**
 * Init scripts that run in the page before the app: they record what the app would say and play, and let a
 * test hide and show the page. Each is a self-contained function because Playwright serialises its source.
 */

export type SpokenCue = { readonly text: string; readonly at: number };
/**
 * One sound started on the Web Audio clock. `atPerf`: when it reaches the output, on the page's clock (through
 * the context's output timestamp, so device latency included). `scheduledAtPerf`: the moment the audio
 * clock was asked for, read against performance.now() at the call (no output latency).
 */
export type ScheduledChime = {
  readonly when: number;
  readonly scheduledAtAudio: number;
  readonly atPerf: number;
  readonly scheduledAtPerf: number;
};

declare global {
  interface Window {
    __limberSpoken: SpokenCue[];
    __limberChimes: ScheduledChime[];
    __limberSetHidden: (hidden: boolean) => void;
    __limberRealTimers: (use: boolean) => void;
    __limberWakeLocks: { requested: number; released: number };
  }
}

/** Headless Chromium has no voices: keep the real API shape and record each utterance with its time. */
export function recordSpeech(): void {
  const spoken: SpokenCue[] = [];
  window.__limberSpoken = spoken;
  const queue: SpeechSynthesisUtterance[] = [];
  const synthesis = {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    speak(utterance: SpeechSynthesisUtterance) {
      spoken.push({ text: utterance.text, at: performance.now() });
      queue.push(utterance);
      setTimeout(() => {
        utterance.dispatchEvent(new Event("start"));
        utterance.dispatchEvent(new Event("end"));
      }, 0);
    },
    cancel() {
      queue.length = 0;
    },
    pause() {},
    resume() {},
    getVoices: () => [],
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => true,
  };
  Object.defineProperty(window, "speechSynthesis", { value: synthesis, configurable: true });
}

/** Every sound started on the Web Audio clock: when it was asked to play, on the audio and page clocks. */
export function recordChimes(): void {
  const chimes: ScheduledChime[] = [];
  window.__limberChimes = chimes;
  const original = AudioScheduledSourceNode.prototype.start;
  AudioScheduledSourceNode.prototype.start = function start(
    this: AudioScheduledSourceNode,
    when = 0,
    ...rest: unknown[]
  ) {
    const context = this.context as AudioContext;
    // Map audio time onto performance.now() through the context's output timestamp; without an audio
    // device that stamp is empty, so fall back to the current audio time read now.
    const stamp = context.getOutputTimestamp?.();
    const stamped = stamp?.performanceTime !== undefined && stamp.performanceTime > 0;
    const audioNow = stamped ? (stamp.contextTime ?? 0) : context.currentTime;
    const perfNow = stamped ? (stamp.performanceTime ?? 0) : performance.now();
    chimes.push({
      when,
      scheduledAtAudio: context.currentTime,
      atPerf: perfNow + (when - audioNow) * 1000,
      scheduledAtPerf: performance.now() + (when - context.currentTime) * 1000,
    });
    return (original as (...args: unknown[]) => void).call(this, when, ...rest);
  } as typeof original;
}

/** Headless Chromium never hides a page, so visibility is emulated: state, getter and event. */
export function emulateVisibility(): void {
  let hidden = false;
  Object.defineProperty(Document.prototype, "visibilityState", {
    configurable: true,
    get: () => (hidden ? "hidden" : "visible"),
  });
  Object.defineProperty(Document.prototype, "hidden", { configurable: true, get: () => hidden });
  window.__limberSetHidden = (next: boolean) => {
    hidden = next;
    document.dispatchEvent(new Event("visibilitychange"));
  };
}

/**
 * Keeps the browser's own timers (this script runs before Playwright's fake clock is installed) so a tool
 * that needs time to pass, such as axe, can run while the session's clock stands still.
 */
export function keepRealTimers(): void {
  const names = ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] as const;
  const real = Object.fromEntries(names.map((name) => [name, window[name]]));
  let faked: Record<string, unknown> = {};
  window.__limberRealTimers = (use: boolean) => {
    if (use) {
      faked = Object.fromEntries(names.map((name) => [name, window[name]]));
      Object.assign(window, real);
    } else {
      Object.assign(window, faked);
    }
  };
}

/** Headless Chromium may refuse a screen wake lock: grant every request and count requests and releases. */
export function recordWakeLocks(): void {
  const counts = { requested: 0, released: 0 };
  window.__limberWakeLocks = counts;
  const wakeLock = {
    request: async (type: string) => {
      counts.requested += 1;
      const sentinel = new EventTarget() as EventTarget & {
        type: string;
        released: boolean;
        release(): Promise<void>;
      };
      sentinel.type = type;
      sentinel.released = false;
      sentinel.release = async () => {
        if (sentinel.released) return;
        sentinel.released = true;
        counts.released += 1;
      };
      return sentinel;
    },
  };
  Object.defineProperty(Navigator.prototype, "wakeLock", { configurable: true, get: () => wakeLock });
}

/**
 * Layout probes, run in the page with `page.evaluate` (self-contained for the same reason). A control's
 * target is its box; a radio or checkbox inside a label is targeted through the label. Controls not drawn
 * (display none, visually hidden, the skip link until focused) are left out.
 */
export type LayoutFinding = { readonly what: string; readonly detail: string };

export function findLayoutProblems(): { overlaps: LayoutFinding[]; smallTargets: LayoutFinding[] } {
  const describe = (element: Element) => {
    const text = (element.getAttribute("aria-label") ?? element.textContent ?? "")
      .replace(/\s+/g, " ")
      .trim();
    const id = element.getAttribute("data-testid");
    return `${element.tagName.toLowerCase()}${id ? `[${id}]` : ""} "${text.slice(0, 40)}"`;
  };
  const selector =
    "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=switch]";
  const targets = new Map<Element, Element>();
  for (const control of document.querySelectorAll(selector)) {
    const label = control.closest("label");
    const target = control.matches("input[type=radio], input[type=checkbox]") && label ? label : control;
    const style = getComputedStyle(target);
    const box = target.getBoundingClientRect();
    const hidden =
      style.visibility === "hidden" ||
      box.width * box.height <= 1 ||
      box.bottom + scrollY < 0 ||
      target.closest("[aria-hidden=true], [inert]") !== null;
    if (!hidden && !targets.has(target)) targets.set(target, control);
  }
  // What can be touched of a box: the part inside every scrolling or clipping ancestor (a citation scrolled
  // out of a session's text box is hidden by the box, not lying under the dock).
  const visibleRects = (element: Element) => {
    let clip = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX === "visible" && style.overflowY === "visible") continue;
      const box = parent.getBoundingClientRect();
      clip = {
        left: Math.max(clip.left, box.left),
        top: Math.max(clip.top, box.top),
        right: Math.min(clip.right, box.right),
        bottom: Math.min(clip.bottom, box.bottom),
      };
    }
    return [...element.getClientRects()]
      .map((r) => ({
        left: Math.max(r.left, clip.left),
        top: Math.max(r.top, clip.top),
        right: Math.min(r.right, clip.right),
        bottom: Math.min(r.bottom, clip.bottom),
      }))
      .filter((r) => r.right - r.left > 1 && r.bottom - r.top > 1);
  };
  const elements = [...targets.keys()];
  const overlaps: LayoutFinding[] = [];
  for (const [i, a] of elements.entries()) {
    for (const b of elements.slice(i + 1)) {
      if (a.contains(b) || b.contains(a)) continue;
      for (const ra of visibleRects(a)) {
        for (const rb of visibleRects(b)) {
          const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
          const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
          if (w > 1 && h > 1) overlaps.push({ what: `${describe(a)} / ${describe(b)}`, detail: `${w}x${h}` });
        }
      }
    }
  }
  const smallTargets: LayoutFinding[] = [];
  for (const target of elements) {
    // A link inside a sentence is exempt (WCAG 2.5.8, inline); a citation pill must reach 24 px.
    if (getComputedStyle(target).display === "inline") continue;
    const least = target.matches(".cite") ? 24 : 44;
    const box = target.getBoundingClientRect();
    if (box.width < least || box.height < least) {
      smallTargets.push({
        what: describe(target),
        detail: `${Math.round(box.width)}x${Math.round(box.height)}`,
      });
    }
  }
  return { overlaps, smallTargets };
}

/** Marks the prerendered heading and lead paragraph, so a test can see whether the app kept those nodes. */
export function markPrerenderedNodes(): void {
  document.addEventListener("DOMContentLoaded", () => {
    const marked = window as unknown as { __limberPrerendered?: (Element | null)[] };
    marked.__limberPrerendered = [document.querySelector("#main h1"), document.querySelector("#main p")];
  });
}
