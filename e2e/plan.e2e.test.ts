/**
 * Issue 18, on a 360 x 640 phone: make a plan, download the calendar file and read it with an independent
 * parser (every occurrence of the next eight weeks, across London's 29 March change, at the planned local
 * time); sign in and make a calendar link; change the plan and see the feed change; find the plan on a second
 * device after sync, and in the JSON and FHIR exports.
 */
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { localParts } from "@limber/core/plan/zoned-time";
import ICAL from "ical.js";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./harness/chromium";
import { openTourPage, PHONE_SMALL, settled, TOUR_TIME } from "./harness/screen-tour";

const baseURL = inject("baseURL");
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const EIGHT_WEEKS = 8 * 7 * 86_400_000;

/** Every occurrence of every event in the calendar text before `until`, read by ical.js. */
function occurrences(text: string, until: number) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  const found: number[] = [];
  for (const event of events) {
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.toJSDate().getTime() < until; next = iterator.next())
      found.push(next.toJSDate().getTime());
  }
  return { events, found: found.sort((a, b) => a - b) };
}

async function savePlan(page: Page, time: string) {
  await page.getByTestId("plan-time").fill(time);
  await page.getByTestId("plan-save").click();
  await page.getByTestId("plan-saved").waitFor();
}

async function account(page: Page, mode: "sign-up" | "sign-in", email: string, password: string) {
  await page.goto("/#/account");
  await settled(page, `[data-testid="${mode}-submit"]`);
  await page.getByTestId(`${mode}-email`).fill(email);
  await page.getByTestId(`${mode}-password`).fill(password);
  await page.getByTestId(`${mode}-submit`).click();
  await page.getByTestId("sign-out").waitFor();
}

describe("a plan on a 360 x 640 phone", () => {
  it("makes a plan, a calendar file and a calendar link that follows it, and reaches a second device", async () => {
    const { context, page } = await openTourPage(browser, baseURL, PHONE_SMALL, "light");
    try {
      await page.goto("/#/plan");
      await settled(page, '[data-testid="plan-form"]');
      // Without an account the plan says so and offers the calendar.
      await expect(page.getByTestId("plan-reminders-signed-out").textContent()).resolves.toMatch(/calendar/);
      await page.getByTestId("plan-day-sunday").click();
      await savePlan(page, "07:30");
      await expect(page.getByTestId("plan-summary").textContent()).resolves.toMatch(
        /Mon, Wed, Fri and Sun at 07:30, Europe\/London time/,
      );

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("plan-calendar-download").click(),
      ]);
      const file = await readFile(await download.path(), "utf8");
      const start = TOUR_TIME.getTime();
      const { events, found } = occurrences(file, start + EIGHT_WEEKS);
      expect(events).toHaveLength(4);
      expect(found).toHaveLength(32);
      for (const at of found) expect(localParts(at, "Europe/London").minutes).toBe(7 * 60 + 30);
      // Both sides of the change: 07:30 GMT before 29 March, 07:30 BST (06:30 UTC) after it.
      expect(new Set(found.map((at) => new Date(at).getUTCHours()))).toEqual(new Set([6, 7]));
      expect(file).toMatch(/SUMMARY:Limber check-in and safety check/);

      const email = `e2e-plan-${randomUUID()}@example.test`;
      const password = `Long enough passphrase ${randomUUID()}`;
      await account(page, "sign-up", email, password);
      await page.goto("/#/plan");
      await settled(page, '[data-testid="plan-feed-make"]');
      await page.getByTestId("plan-feed-make").click();
      const feedUrl = await page.getByTestId("plan-feed-url").inputValue();
      const feed = async () => (await context.request.get(feedUrl)).text();
      const before = occurrences(await feed(), start + EIGHT_WEEKS);
      expect(before.found.every((at) => localParts(at, "Europe/London").minutes === 450)).toBe(true);

      await savePlan(page, "18:15");
      await expect
        .poll(async () =>
          occurrences(await feed(), start + EIGHT_WEEKS).found.map(
            (at) => localParts(at, "Europe/London").minutes,
          ),
        )
        .toEqual(before.found.map(() => 18 * 60 + 15));
      const after = occurrences(await feed(), start + EIGHT_WEEKS);
      expect(after.events.map((e) => e.uid).sort()).toEqual(before.events.map((e) => e.uid).sort());
      expect(Math.min(...after.events.map((e) => e.sequence))).toBeGreaterThan(
        Math.max(...before.events.map((e) => e.sequence)),
      );

      const exported = await page.evaluate(async () => (await fetch("/api/export")).json());
      expect(exported.plan.slots.map((s: { time: string }) => s.time)).toEqual([
        "18:15",
        "18:15",
        "18:15",
        "18:15",
      ]);
      const bundle = await page.evaluate(async () => (await fetch("/api/export/fhir")).json());
      const carePlan = bundle.entry.find(
        (e: { resource: { resourceType: string } }) => e.resource.resourceType === "CarePlan",
      );
      expect(carePlan.resource.activity).toHaveLength(4);

      const second = await openTourPage(browser, baseURL, PHONE_SMALL, "dark");
      try {
        await account(second.page, "sign-in", email, password);
        await second.page.goto("/#/plan");
        await settled(second.page, '[data-testid="plan-form"]');
        await expect
          .poll(
            async () =>
              (await second.page
                .getByTestId("plan-summary")
                .textContent()
                .catch(() => "")) ?? "",
          )
          .toMatch(/at 18:15/);
      } finally {
        await second.context.close();
      }
    } finally {
      await context.close();
    }
  }, 180_000);
});
