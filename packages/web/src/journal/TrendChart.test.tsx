import type { JournalEvent } from "@limber/core/journal/events";
import { cleanup, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { prepareChartDates, TrendChart } from "./TrendChart";

const NOW = Date.parse("2026-11-24T12:00:00Z");
const DAY = 86_400_000;
const checkIn: JournalEvent = {
  type: "check-in",
  id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a",
  at: new Date(NOW - 2 * DAY).toISOString(),
  stiffness: 6,
  pain: 3,
  symptoms: [],
};

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("the trend chart", () => {
  it("once its dates are prepared (a task of their own), draws without making a date formatter", () => {
    prepareChartDates("Asia/Kathmandu", NOW);
    const formatter = vi.spyOn(Intl, "DateTimeFormat");
    render(
      <TrendChart
        events={[checkIn]}
        fromMs={NOW - 14 * DAY}
        toMs={NOW}
        timeZone="Asia/Kathmandu"
        title="Stiffness and pain over the last 14 days"
      />,
    );
    expect(formatter).not.toHaveBeenCalled();
    expect(screen.getByRole("img", { name: /Stiffness and pain over the last 14 days/ })).toBeTruthy();
    expect(screen.getByTestId("trend-chart").querySelectorAll("circle.dot-stiffness")).toHaveLength(1);
  });
});
