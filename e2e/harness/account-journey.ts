/** Signing up through the account screen, and reading back what the server stored for that person. */
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";

export type StoredEvent = { readonly id: string; readonly type: string };

/** Creates a fresh account (the owner, if it is the server's first) and waits until sync has run. */
export async function signUp(page: Page): Promise<string> {
  const email = `e2e-${randomUUID()}@example.test`;
  await page.goto("/#/account");
  await page.getByTestId("sign-up-email").fill(email);
  await page.getByTestId("sign-up-password").fill(`Long enough passphrase ${randomUUID()}`);
  await page.getByTestId("sign-up-submit").click();
  await page.getByTestId("sign-out").waitFor();
  return email;
}

/** Every journal event the server holds for the signed-in person, through the page's own session cookie. */
export async function serverEvents(page: Page): Promise<StoredEvent[]> {
  return page.evaluate(async () => {
    const events: { id: string; type: string }[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const response = await fetch(`/api/journal/events?limit=500${query}`, { credentials: "same-origin" });
      if (!response.ok) throw new Error(`GET /api/journal/events answered ${response.status}`);
      const body = (await response.json()) as {
        events: { id: string; type: string }[];
        nextCursor: string | null;
      };
      events.push(...body.events.map(({ id, type }) => ({ id, type })));
      cursor = body.nextCursor;
    } while (cursor);
    return events;
  });
}

/** Waits until the account screen says everything is synced. */
export async function waitUntilSynced(page: Page): Promise<void> {
  await page.goto("/#/account");
  const status = page.getByTestId("sync-status");
  await status.waitFor();
  for (let attempt = 0; attempt < 60; attempt += 1) {
    if (/Everything is synced/.test((await status.textContent()) ?? "")) return;
    if (attempt % 10 === 9) await page.getByTestId("sync-now").click();
    await page.waitForTimeout(250);
  }
  throw new Error(`sync never finished: ${await status.textContent()}`);
}

/** Taps "I felt the urge to crack my back" on the journal screen. */
export async function recordUrge(page: Page): Promise<void> {
  await page.goto("/#/journal");
  await page.getByTestId("urge-button").click();
  await page.getByTestId("urge-undo").waitFor();
}
