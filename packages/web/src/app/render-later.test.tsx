import { act, cleanup, render, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Later } from "./render-later";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Runs the next waiting task (a timer here: the test runtime has no `scheduler.postTask`). */
function nextTask() {
  act(() => {
    vi.advanceTimersToNextTimer();
  });
}

function Screen() {
  return (
    <article>
      <h1>Heading</h1>
      <p data-testid="first">What matters first</p>
      <Later placeholder={<p data-testid="holding">Loading the trend…</p>}>
        <p data-testid="chart">Chart</p>
      </Later>
      <Later>
        <p data-testid="table">Table</p>
      </Later>
    </article>
  );
}

describe("rendering a screen's heavy parts later", () => {
  it("renders the rest of the screen first, with the placeholder where a later part goes", () => {
    render(<Screen />);
    expect(screen.getByTestId("first")).toBeTruthy();
    expect(screen.getByTestId("holding")).toBeTruthy();
    expect(screen.queryByTestId("chart")).toBeNull();
    expect(screen.queryByTestId("table")).toBeNull();
  });

  it("then renders each later part in a task of its own, in order, so none of them makes one long task", () => {
    render(<Screen />);
    nextTask();
    expect(screen.getByTestId("chart")).toBeTruthy();
    expect(screen.queryByTestId("holding")).toBeNull();
    expect(screen.queryByTestId("table")).toBeNull();
    nextTask();
    expect(screen.getByTestId("table")).toBeTruthy();
  });

  it("forgets a part whose screen has gone before its turn came", () => {
    const { unmount } = render(<Screen />);
    unmount();
    nextTask();
    nextTask();
    expect(screen.queryByTestId("chart")).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });
});
