import { act, cleanup, render, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LiveRegion } from "./LiveRegion";
import { announce } from "./live-region";

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("the polite live region", () => {
  it("is polite, so announcements never interrupt", () => {
    render(<LiveRegion />);
    expect(screen.getByTestId("live-region").getAttribute("aria-live")).toBe("polite");
  });

  it("announces a phase change, and announces the same words again when they repeat", () => {
    render(<LiveRegion />);
    act(() => {
      announce("Paused.");
      vi.advanceTimersByTime(100);
    });
    expect(screen.getByTestId("live-region").textContent).toBe("Paused.");
    act(() => announce("Paused."));
    // Cleared first so assistive technology sees a change and reads it again.
    expect(screen.getByTestId("live-region").textContent).toBe("");
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(screen.getByTestId("live-region").textContent).toBe("Paused.");
  });
});
