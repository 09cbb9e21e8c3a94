import type { CheckIn } from "@limber/core/journal/events";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CheckInForm } from "./CheckInForm";

afterEach(cleanup);

describe("the check-in form", () => {
  it("shows what is missing beside each scale instead of saving a guess", async () => {
    const onSubmit = vi.fn(async (_: CheckIn) => undefined);
    render(<CheckInForm onSubmit={onSubmit} />);
    fireEvent.click(screen.getByTestId("checkin-submit"));
    expect(await screen.findByText(/Choose how much stiffness/)).toBeTruthy();
    expect(screen.getByText(/Choose how much pain/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("labels each scale with what 0 and 10 mean", () => {
    render(<CheckInForm onSubmit={async () => undefined} />);
    expect(screen.getByRole("group", { name: "How stiff is your back now?" })).toBeTruthy();
    expect(screen.getByText("0 means no pain, 10 the worst pain you can imagine.")).toBeTruthy();
    expect(screen.getAllByRole("radio", { name: "10" })).toHaveLength(2);
  });

  it("saves the chosen scores and ticked symptoms as one check-in event", async () => {
    const onSubmit = vi.fn(async (_: CheckIn) => undefined);
    render(<CheckInForm onSubmit={onSubmit} />);
    fireEvent.click(screen.getByTestId("stiffness-6"));
    fireEvent.click(screen.getByTestId("pain-0"));
    fireEvent.click(screen.getByTestId("checkin-symptom-fever"));
    fireEvent.click(screen.getByTestId("checkin-submit"));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      type: "check-in",
      stiffness: 6,
      pain: 0,
      symptoms: ["fever"],
    });
  });

  it("tells the person when saving fails, so they can try again", async () => {
    render(
      <CheckInForm
        onSubmit={async () => {
          throw new Error("Storage is full; free some space and try again.");
        }}
      />,
    );
    fireEvent.click(screen.getByTestId("stiffness-2"));
    fireEvent.click(screen.getByTestId("pain-2"));
    fireEvent.click(screen.getByTestId("checkin-submit"));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Storage is full/);
  });
});

describe("anything new", () => {
  it("asks stiffness and pain first and keeps the symptoms behind Anything new? when it starts closed", () => {
    render(<CheckInForm onSubmit={async () => undefined} symptomsOpen={false} />);
    const disclosure = screen.getByTestId("checkin-anything-new") as HTMLDetailsElement;
    expect(disclosure.open).toBe(false);
    expect(disclosure.querySelector("summary")?.textContent).toBe("Anything new?");
    expect(disclosure.contains(screen.getByTestId("checkin-symptom-fever"))).toBe(true);
    const stiffness = screen.getByRole("group", { name: "How stiff is your back now?" });
    expect(stiffness.compareDocumentPosition(disclosure) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("shows the symptoms at once on the check-in screen", () => {
    render(<CheckInForm onSubmit={async () => undefined} />);
    expect((screen.getByTestId("checkin-anything-new") as HTMLDetailsElement).open).toBe(true);
  });
});

describe("saving a check-in", () => {
  it("saves once however quickly the button is pressed twice", async () => {
    let release: () => void = () => undefined;
    const onSubmit = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    render(<CheckInForm onSubmit={onSubmit} />);
    fireEvent.click(screen.getByTestId("stiffness-1"));
    fireEvent.click(screen.getByTestId("pain-1"));
    fireEvent.submit(screen.getByTestId("checkin-submit").closest("form") as HTMLFormElement);
    fireEvent.submit(screen.getByTestId("checkin-submit").closest("form") as HTMLFormElement);
    release();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  });
});
