import { describe, expect, it } from "vitest";
import { recordUrge, serverEvents, signUp, waitUntilSynced } from "./harness/account-journey";
import { useBrowserSuite } from "./harness/browser-suite";

const suite = useBrowserSuite();

const countById = (events: readonly { id: string }[]) => {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.id, (counts.get(event.id) ?? 0) + 1);
  return counts;
};

describe("sync through the outbox", () => {
  it("sends what was recorded before signing in and while offline, each event exactly once", async () => {
    const { page, context } = await suite.open();
    await page.goto("/");
    await recordUrge(page);
    await signUp(page);
    await waitUntilSynced(page);
    expect((await serverEvents(page)).filter((e) => e.type === "adjust-urge")).toHaveLength(1);

    await context.setOffline(true);
    await recordUrge(page);
    await recordUrge(page);
    await page.goto("/#/account");
    await expect
      .poll(async () => (await page.getByTestId("sync-status").textContent()) ?? "")
      .toMatch(/waiting to sync/);

    await context.setOffline(false);
    await waitUntilSynced(page);
    const stored = await serverEvents(page);
    expect(stored.filter((e) => e.type === "adjust-urge")).toHaveLength(3);
    expect([...countById(stored).values()].every((count) => count === 1)).toBe(true);

    // A reload replays nothing: the outbox is empty and the server still holds each event once.
    await page.reload();
    await waitUntilSynced(page);
    expect(await serverEvents(page)).toEqual(stored);
  });

  it("stores a write once when the connection drops after the server received it", async () => {
    const { page } = await suite.open();
    await page.goto("/");
    await signUp(page);
    await waitUntilSynced(page);

    // The first journal write reaches the server, but its answer is lost on the way back.
    let dropped = 0;
    await page.route("**/api/journal/events", async (route) => {
      if (route.request().method() === "POST" && dropped === 0) {
        dropped += 1;
        await route.fetch();
        await route.abort("connectionreset");
        return;
      }
      await route.continue();
    });
    await recordUrge(page);
    await waitUntilSynced(page);
    expect(dropped).toBe(1);
    const urges = (await serverEvents(page)).filter((e) => e.type === "adjust-urge");
    expect(urges).toHaveLength(1);
  });

  it("undoing an urge before it syncs leaves nothing on the server", async () => {
    const { page, context } = await suite.open();
    await page.goto("/");
    await signUp(page);
    await waitUntilSynced(page);
    await page.goto("/#/journal");
    await page.getByTestId("urge-button").waitFor();
    await context.setOffline(true);
    await recordUrge(page);
    await page.getByTestId("urge-undo").click();
    await expect.poll(() => page.getByTestId("urge-undo").count()).toBe(0);
    await context.setOffline(false);
    await waitUntilSynced(page);
    expect((await serverEvents(page)).filter((e) => e.type === "adjust-urge")).toEqual([]);
  });
});
