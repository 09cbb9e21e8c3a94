import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { options, type VNode } from "preact";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recordEvent, store } from "../storage/store";
import JournalRoute from "./JournalRoute";

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

beforeEach(async () => {
  await store.eraseDevice();
  await recordEvent({
    type: "check-in",
    id: crypto.randomUUID(),
    at: daysAgo(20),
    stiffness: 6,
    pain: 3,
    symptoms: [],
  });
  await recordEvent({
    type: "check-in",
    id: crypto.randomUUID(),
    at: daysAgo(1),
    stiffness: 4,
    pain: 2,
    symptoms: [],
  });
});
afterEach(cleanup);

describe("the journal screen", () => {
  it("paints its heading and actions first and the trend in a task after, so its first render stays short", async () => {
    render(<JournalRoute />);
    expect(screen.getByRole("heading", { level: 1, name: "Your journal" })).toBeTruthy();
    expect(screen.getByTestId("journal-check-in")).toBeTruthy();
    expect(screen.queryByTestId("trend-table")).toBeNull();
    expect(await screen.findByTestId("trend-table")).toBeTruthy();
  });

  it("shows the last 14 days by default and more when a longer period is chosen", async () => {
    render(<JournalRoute />);
    expect((await screen.findByTestId("trend-table")).querySelectorAll("tbody tr")).toHaveLength(1);
    fireEvent.click(screen.getByRole("radio", { name: "30 days" }));
    expect(screen.getByTestId("trend-table").querySelectorAll("tbody tr")).toHaveLength(2);
    expect(screen.getByRole("img", { name: /Stiffness and pain over the last 30 days/ })).toBeTruthy();
  });

  it("opens with the assessment, before the trend", async () => {
    render(<JournalRoute />);
    // The safety state loads lazily; whichever level it shows, it comes first.
    const banner = await waitFor(
      () => {
        const found = document.querySelector('[data-testid^="assessment-"]');
        if (!found) throw new Error("no assessment yet");
        return found;
      },
      { timeout: 5000 },
    );
    const chart = await screen.findByTestId("trend-chart");
    expect(banner.compareDocumentPosition(chart) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("renders again only the parts that show the record when it changes, not the whole screen", async () => {
    render(<JournalRoute />);
    await screen.findByTestId("trend-table");
    let routeRenders = 0;
    const previous = options.diffed;
    options.diffed = (vnode: VNode) => {
      if (vnode.type === JournalRoute) routeRenders += 1;
      previous?.(vnode);
    };
    try {
      await recordEvent({ type: "adjust-urge", id: crypto.randomUUID(), at: daysAgo(0) });
      await waitFor(() => expect(document.querySelector(".journal-urges strong")?.textContent).toBe("1"));
      expect(routeRenders).toBe(0);
    } finally {
      if (previous) options.diffed = previous;
      else delete options.diffed;
    }
  });
});
