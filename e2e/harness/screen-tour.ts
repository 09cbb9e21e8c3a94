/**
 * A tour of every screen, each in the state a person would see it in, for the visual, layout and
 * accessibility tests: a first visit, the screening, each outcome, a session step, a check-in, a journal
 * and summary with data, and the reading screens. One tour runs in one page, in this order, because each
 * stop builds on the record the earlier ones left (a self-care screening before techniques, a check-in
 * before the journal; the see-professional and emergency outcomes last, since they block sessions).
 */

import { SCREENING_ITEMS, type ScreeningLinkId } from "@limber/core/screening/questionnaire";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { recordChimes, recordSpeech, recordWakeLocks } from "./page-probes";

export type TourStop = {
  /** A file-name-safe name: `home`, `outcome-emergency`, ... */
  readonly name: string;
  /** Brings the page to the screen and waits until it has rendered. */
  readonly visit: (page: Page) => Promise<void>;
};

/** A fixed instant for every tour: dates and times on screen never change between runs. */
export const TOUR_TIME = new Date("2026-03-02T09:30:00Z");

/** Waits until the screen has its heading and nothing is still loading. */
export async function settled(page: Page, ready: string): Promise<void> {
  // The prerendered home is on screen before the app runs: wait for the app, then for the screen.
  await page.locator("#app[data-booted]").waitFor({ state: "attached" });
  await page.locator(ready).first().waitFor();
  await page.waitForFunction(() => !document.querySelector("[aria-busy='true']"));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Two frames, so whatever the last render changed has been painted.
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

async function go(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(path);
  await settled(page, ready);
}

const byTestId = (id: string) => `[data-testid="${id}"]`;

/** Answers the screening one tap per question ("yes" only to `yes`) until an outcome shows. */
async function answerScreening(page: Page, yes: readonly ScreeningLinkId[]): Promise<void> {
  await go(page, "/#/screening", byTestId("screening-question"));
  const questionOrOutcome = page.locator('[data-testid="screening-question"], [data-testid^="outcome-"]');
  for (let asked = 0; asked <= SCREENING_ITEMS.length; asked += 1) {
    await questionOrOutcome.first().waitFor({ timeout: 30_000 });
    if ((await page.locator('[data-testid^="outcome-"]').count()) > 0) return;
    const question = (await page.getByTestId("screening-question").textContent())?.trim();
    const item = SCREENING_ITEMS.find((candidate) => candidate.question === question);
    if (!item) throw new Error(`the screening asks a question the core does not define: "${question}"`);
    await page.getByTestId(yes.includes(item.linkId) ? "screening-yes" : "screening-no").click();
    // The next question, or the outcome once the last answer (or an emergency one) is saved.
    await page.waitForFunction(
      (previous) => {
        if (document.querySelector('[data-testid^="outcome-"]')) return true;
        const next = document.querySelector('[data-testid="screening-question"]')?.textContent?.trim();
        return next !== undefined && next !== previous;
      },
      question,
      { timeout: 30_000 },
    );
  }
  throw new Error("the screening never showed an outcome");
}

/** Scrolls a section to the top of the view, just below the site's sticky header. */
async function scrollBelowHeader(page: Page, testId: string): Promise<void> {
  await page.evaluate((id) => {
    const section = document.querySelector(`[data-testid="${id}"]`);
    const header = document.querySelector("header")?.getBoundingClientRect().height ?? 0;
    if (section)
      globalThis.scrollTo(0, section.getBoundingClientRect().top + globalThis.scrollY - header - 16);
  }, testId);
}

async function checkIn(page: Page): Promise<void> {
  await go(page, "/#/check-in", byTestId("checkin-submit"));
  await page.getByTestId("stiffness-4").click();
  await page.getByTestId("pain-2").click();
  await page.getByTestId("checkin-submit").click();
  await page.getByTestId("checkin-submit").waitFor({ state: "detached" });
}

export const TOUR: readonly TourStop[] = [
  { name: "home", visit: (page) => go(page, "/#/", byTestId("home-start-screening")) },
  { name: "screening-question", visit: (page) => go(page, "/#/screening", byTestId("screening-question")) },
  {
    name: "outcome-self-care",
    visit: async (page) => {
      await answerScreening(page, []);
      await settled(page, byTestId("outcome-self-care"));
    },
  },
  { name: "home-ready", visit: (page) => go(page, "/#/", byTestId("home-continue")) },
  {
    name: "techniques",
    visit: (page) => go(page, "/#/techniques", byTestId("start-session-thoracic-foam-roll")),
  },
  {
    name: "session-reminder",
    visit: (page) => go(page, "/#/session/thoracic-foam-roll", byTestId("session-begin")),
  },
  {
    name: "session-step",
    visit: async (page) => {
      await page.getByTestId("session-begin").click();
      await settled(page, byTestId("session-step-title"));
    },
  },
  {
    name: "check-in",
    // A fresh load leaves the session (the tour's clock stands still, so it never moved on).
    visit: async (page) => {
      await page.goto("about:blank");
      // An urge for the journal, noted here so its ten-second Undo is long gone when the journal is shown.
      await go(page, "/#/journal", byTestId("urge-button"));
      await page.getByTestId("urge-button").click();
      await page.getByTestId("urge-undo").waitFor();
      await go(page, "/#/check-in", byTestId("checkin-submit"));
    },
  },
  {
    name: "journal",
    visit: async (page) => {
      await checkIn(page);
      await go(page, "/#/journal", byTestId("urge-button"));
      await page.mouse.move(0, 0);
      await settled(page, "#main h1");
    },
  },
  {
    name: "plan",
    // The first plan (Mon, Wed, Fri at 08:00, whichever feels right), saved: the journal and summary then
    // show the weeks against it.
    visit: async (page) => {
      await go(page, "/#/plan", byTestId("plan-form"));
      await page.getByTestId("plan-save").click();
      await page.getByTestId("plan-saved").waitFor();
      await page.mouse.move(0, 0);
      await page.evaluate(() => globalThis.scrollTo(0, 0));
      await settled(page, byTestId("plan-summary"));
    },
  },
  {
    name: "journal-weeks",
    visit: async (page) => {
      await go(page, "/#/journal", byTestId("week-progress"));
      await scrollBelowHeader(page, "week-progress");
      await settled(page, byTestId("week-progress"));
    },
  },
  { name: "summary", visit: (page) => go(page, "/#/summary", byTestId("download-json")) },
  { name: "sources", visit: (page) => go(page, "/#/sources", "#sources-title") },
  { name: "why-it-pops", visit: (page) => go(page, "/#/explain/pop", byTestId("pop-key-message")) },
  { name: "when-to-get-help", visit: (page) => go(page, "/#/explain/help", "#help-title") },
  { name: "settings", visit: (page) => go(page, "/#/settings", "#settings-title") },
  {
    name: "account",
    // The shared server's own state (whether anyone has signed up yet) depends on which tests ran before;
    // the tour shows the common case, a server that already has its first account, whatever ran first.
    visit: async (page) => {
      await page.route("**/api/auth/session", (route) =>
        route.fulfill({ json: { user: null, signup: "open" } }),
      );
      try {
        await go(page, "/#/account", byTestId("sign-up-submit"));
      } finally {
        await page.unroute("**/api/auth/session");
      }
    },
  },
  {
    name: "outcome-see-professional",
    visit: async (page) => {
      await answerScreening(page, ["recent-injury"]);
      await settled(page, byTestId("outcome-see-professional"));
    },
  },
  {
    name: "outcome-emergency",
    visit: async (page) => {
      await answerScreening(page, ["recent-injury", "chest-pain"]);
      await settled(page, byTestId("outcome-emergency"));
    },
  },
  {
    name: "plan-reminders",
    // Last, as it leaves the page signed in: every API answer is fixed here (a member with a calendar link
    // made on a fixed day, nothing to sync), so the screen is the same whatever the shared server holds.
    visit: async (page) => {
      await page.route("**/api/**", (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === "/api/auth/session")
          return route.fulfill({
            json: {
              user: { id: "00000000-0000-4000-8000-000000000001", email: "sam@example.org", role: "member" },
              signup: "open",
            },
          });
        if (path === "/api/calendar-feed")
          return route.fulfill({ json: { feed: { createdAt: "2026-02-23T10:00:00.000Z" } } });
        if (path === "/api/plan") return route.fulfill({ json: { plan: null } });
        return route.fulfill({ json: { events: [], deletions: [], screenings: [], nextCursor: null } });
      });
      await page.goto("about:blank");
      await go(page, "/#/plan", byTestId("plan-feed-active"));
      await scrollBelowHeader(page, "plan-reminders");
      await settled(page, byTestId("plan-feed-active"));
    },
  },
];

export type TourViewport = { readonly width: number; readonly height: number };
export const PHONE_SMALL: TourViewport = { width: 360, height: 640 };
export const PHONE: TourViewport = { width: 390, height: 844 };
export const DESKTOP: TourViewport = { width: 1280, height: 800 };

/**
 * A page for a tour: a fresh context at this size and colour scheme, time standing still at TOUR_TIME
 * (timers still run), reduced motion, a fixed locale and time zone, speech and sound recorded, not played.
 */
export async function openTourPage(
  browser: Browser,
  baseURL: string,
  viewport: TourViewport,
  colorScheme: "light" | "dark",
): Promise<{ context: BrowserContext; page: Page }> {
  const phone = viewport.width < 700;
  const context = await browser.newContext({
    baseURL,
    viewport,
    colorScheme,
    reducedMotion: "reduce",
    locale: "en-GB",
    timezoneId: "Europe/London",
    deviceScaleFactor: 1,
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
  });
  context.setDefaultTimeout(15_000);
  await context.addInitScript({ content: "globalThis.__name ??= (target) => target;" });
  await context.addInitScript(recordSpeech);
  await context.addInitScript(recordChimes);
  await context.addInitScript(recordWakeLocks);
  const page = await context.newPage();
  await page.clock.setFixedTime(TOUR_TIME);
  return { context, page };
}
