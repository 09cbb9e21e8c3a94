/**
 * Session mode at every size a person uses it: in every step of both techniques (and the tight-spot pause
 * and the end question), the step title, the clock (where the step has one) and the stop control are fully
 * on screen, the page does not scroll and holds no scroll box, no control covers another, the timer is at
 * least 20vw on a phone, and the dock holds at most three controls, each at least 56 px high and 8 px apart.
 * Screenshots of every step, light and dark, go to e2e/artifacts/.
 */
import { TECHNIQUES } from "@limber/core/content/techniques";
import type { TechniqueId } from "@limber/core/journal/events";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { AppPage } from "./harness/app-page";
import { useBrowserSuite } from "./harness/browser-suite";
import { answerScreening } from "./harness/screening-journey";
import { beginSession, stepTitle } from "./harness/session-journey";

const suite = useBrowserSuite();
const SECOND = 1_000;

const VIEWPORTS = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 640, height: 360 },
  { width: 1280, height: 800 },
] as const;

type Layout = {
  readonly viewport: { width: number; height: number };
  readonly scrolls: boolean;
  readonly outOfView: string[];
  readonly overlaps: string[];
  readonly timerPx: number | null;
  readonly shortControls: string[];
  readonly dockCount: number;
  readonly dockGaps: number[];
  readonly scrollBoxes: string[];
  readonly clocks: number;
};

/** Measures the session screen in the page: what is out of view, what overlaps, how large things are. */
function measure(): Layout {
  const viewport = { width: window.innerWidth, height: window.innerHeight };
  const session = document.querySelector('[data-testid="guided-session"]') as HTMLElement;
  const named = (el: Element) =>
    el.getAttribute("data-testid") ??
    `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
  // The part of an element not clipped away by a scrolling ancestor (the step's words scroll on their own).
  const visibleRect = (el: Element) => {
    let { left, top, right, bottom } = el.getBoundingClientRect();
    for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowY !== "visible" || style.overflowX !== "visible") {
        const box = parent.getBoundingClientRect();
        left = Math.max(left, box.left);
        top = Math.max(top, box.top);
        right = Math.min(right, box.right);
        bottom = Math.min(bottom, box.bottom);
      }
    }
    return right - left > 0 && bottom - top > 0 ? { left, top, right, bottom } : null;
  };
  const hasClock = document.querySelector('[data-testid="session-timer"]') !== null;
  const required = [
    "session-step-title",
    hasClock ? "session-timer" : "session-no-clock",
    "session-stop-pain",
  ];
  const outOfView = required.filter((id) => {
    const el = document.querySelector(`[data-testid="${id}"]`);
    if (!el) return true;
    const box = el.getBoundingClientRect();
    return (
      box.left < 0 || box.top < 0 || box.right > viewport.width + 0.5 || box.bottom > viewport.height + 0.5
    );
  });
  const controls = [...session.querySelectorAll("button, a[href], summary, input, select, textarea")]
    // Content of a closed disclosure is laid out but not shown: it covers nothing.
    .filter((el) => (el as HTMLElement).offsetParent !== null && el.checkVisibility())
    .map((el) => ({ name: named(el), rect: visibleRect(el) }))
    .filter((c): c is { name: string; rect: NonNullable<ReturnType<typeof visibleRect>> } => c.rect !== null);
  const overlaps: string[] = [];
  for (const [i, a] of controls.entries()) {
    for (const b of controls.slice(i + 1)) {
      const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (w > 1 && h > 1) overlaps.push(`${a.name} / ${b.name}`);
    }
  }
  const dock = [
    ...session.querySelectorAll('[data-testid="session-dock"] button, .end-question-answers button'),
  ];
  const shortControls = dock.filter((el) => el.getBoundingClientRect().height < 56).map((el) => named(el));
  const docked = [...session.querySelectorAll('[data-testid="session-dock"] button')].map((el) =>
    el.getBoundingClientRect(),
  );
  const dockGaps = docked.slice(1).map((box, i) => {
    const before = docked[i] as DOMRect;
    return Math.max(box.left - before.right, box.top - before.bottom);
  });
  // Any element inside the session that scrolls its own content (an inner scroll box) or cuts it off (the
  // 1 px visually hidden labels for screen readers aside).
  const scrollBoxes = [...session.querySelectorAll("*")]
    .filter((el) => {
      const style = getComputedStyle(el);
      const scrollable = /(auto|scroll)/.test(style.overflowY) || /(auto|scroll)/.test(style.overflowX);
      const clipped =
        el.scrollHeight > el.clientHeight + 1 && style.overflowY === "hidden" && el.clientHeight > 1;
      return el.checkVisibility() && !el.closest("svg") && (scrollable || clipped);
    })
    .map((el) => named(el));
  const timer = document.querySelector('[data-testid="session-timer"]') as HTMLElement | null;
  const scroller = document.scrollingElement as HTMLElement;
  return {
    viewport,
    scrolls: scroller.scrollHeight > viewport.height + 1 || scroller.scrollWidth > viewport.width + 1,
    outOfView,
    overlaps,
    timerPx: timer ? Number.parseFloat(getComputedStyle(timer).fontSize) : null,
    shortControls,
    dockCount: docked.length,
    dockGaps,
    scrollBoxes,
    clocks: session.querySelectorAll('[role="timer"]').length,
  };
}

async function expectSessionLayout(page: Page, where: string): Promise<void> {
  const layout = await page.evaluate(measure);
  expect({ where, outOfView: layout.outOfView }).toEqual({ where, outOfView: [] });
  expect({ where, overlaps: layout.overlaps }).toEqual({ where, overlaps: [] });
  expect({ where, scrolls: layout.scrolls }).toEqual({ where, scrolls: false });
  expect({ where, shortControls: layout.shortControls }).toEqual({ where, shortControls: [] });
  expect({ where, scrollBoxes: layout.scrollBoxes }).toEqual({ where, scrollBoxes: [] });
  // Issue 15: at most three controls in the dock, at least 8 px apart; one clock at most.
  expect(layout.dockCount, where).toBeLessThanOrEqual(3);
  for (const gap of layout.dockGaps) expect(gap, where).toBeGreaterThanOrEqual(8 - 0.5);
  expect(layout.clocks, where).toBeLessThanOrEqual(1);
  // Readable from arm's length on a phone: at least 20vw (issue 8).
  if (layout.viewport.width < 900 && layout.timerPx !== null)
    expect(layout.timerPx).toBeGreaterThanOrEqual(layout.viewport.width * 0.2 - 0.5);
}

async function shootBoth(app: AppPage, name: string): Promise<void> {
  // The fake clock holds CSS transitions still, so a theme switch would be caught half-way; with reduced
  // motion the app switches at once (the figure then shows its still pose).
  for (const colorScheme of ["light", "dark"] as const) {
    await app.page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    await app.screenshot(`${name}-${colorScheme}`);
  }
  await app.page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
}

async function walkTechnique(app: AppPage, technique: TechniqueId, size: string): Promise<void> {
  const { page } = app;
  const steps = TECHNIQUES[technique].steps;
  await page.clock.resume();
  await page.goto(`/#/session/${technique}`);
  await page.getByTestId("session-begin").waitFor();
  await beginSession(page);
  for (const [index, step] of steps.entries()) {
    await page.clock.runFor(1_500);
    const where = `${technique} step ${index + 1} at ${size}`;
    expect(await stepTitle(page)).toContain(`Step ${index + 1} of ${steps.length}`);
    await expectSessionLayout(page, where);
    await shootBoth(app, `session-layout-${technique}-step${index + 1}-${size}`);
    if (step.tightSpot) {
      await page.getByTestId("session-tight-spot").click();
      await page.clock.runFor(4 * SECOND);
      await expectSessionLayout(page, `${where}, tight-spot pause`);
      await shootBoth(app, `session-layout-tight-spot-pacer-${size}`);
      await page.clock.runFor(27 * SECOND);
      await page.getByTestId("session-next").click();
    } else if (step.waitsForPerson) {
      // I'm in position.
      await page.getByTestId("session-next").click();
    } else if (index < steps.length - 1) {
      const seconds = step.timing ? Math.max(step.timing.minSeconds, step.timing.targetSeconds) : 0;
      // 1.5 s of this step have passed already.
      await page.clock.runFor(seconds * SECOND - 1_500);
    }
  }
  // The end question, asked at the last step, keeps the stop control in view too.
  await page.getByTestId("session-end").click();
  await page.clock.runFor(200);
  await expectSessionLayout(page, `${technique} end question at ${size}`);
  await shootBoth(app, `session-layout-end-question-${technique}-${size}`);
  await page.getByTestId("end-done").click();
  await page.clock.runFor(500);
  await page.getByTestId("session-ended").waitFor();
}

describe("session mode keeps the step, the timer and the stop in view", () => {
  it.each(VIEWPORTS)(
    "[C-stop-in-view] in every step of both techniques at $width x $height",
    async (viewport) => {
      const app = await suite.open({ phone: viewport.width < 900, controlledClock: true });
      await app.page.setViewportSize(viewport);
      const size = `${viewport.width}x${viewport.height}`;
      await answerScreening(app.page, []);
      await app.page.getByTestId("outcome-self-care").waitFor();
      for (const technique of Object.keys(TECHNIQUES) as TechniqueId[]) {
        await walkTechnique(app, technique, size);
      }
      // Session mode ends with the session: the site's navigation is back.
      await expect
        .poll(async () => {
          await app.page.clock.runFor(100);
          return app.page.locator(".site-header").count();
        })
        .toBe(1);
    },
  );
});
