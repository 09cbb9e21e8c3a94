import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EndQuestion } from "./EndQuestion";

afterEach(cleanup);

function ask(kind: "end" | "back") {
  const answers = { onPain: vi.fn(), onDone: vi.fn(), onStay: vi.fn() };
  render(<EndQuestion kind={kind} {...answers} />);
  return answers;
}

describe("the question asked when a session is ended", () => {
  it("[C-end-asks-why] asks why, with Pain first, in one tap each", () => {
    const { onPain, onDone, onStay } = ask("end");
    expect(screen.getByRole("alertdialog", { name: "Why are you ending the session?" })).toBeTruthy();
    const labels = screen.getAllByRole("button").map((b) => b.textContent);
    expect(labels).toEqual(["Pain", "I'm done for now", "Keep going"]);
    fireEvent.click(screen.getByText("Pain"));
    expect(onPain).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByText("I'm done for now"));
    expect(onDone).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByText("Keep going"));
    expect(onStay).toHaveBeenCalledTimes(1);
  });

  it("[C-back-pauses] asks Leave the session? on back, with Stay, End: pain and End: done", () => {
    ask("back");
    expect(screen.getByRole("alertdialog", { name: "Leave the session?" })).toBeTruthy();
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual([
      "End: pain",
      "End: done",
      "Stay",
    ]);
    expect(screen.getByText("The session is paused.")).toBeTruthy();
  });

  it("moves focus to the question so a screen reader reads it", () => {
    ask("end");
    expect(document.activeElement?.id).toBe("end-question-title");
  });
});
