import type { SafetyReason, SafetyReasonCode, SafetyState } from "@limber/core/safety/safety-state";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ACKNOWLEDGE_WORDS, AcknowledgeReasons, onlyAcknowledgementsMissing } from "./AcknowledgeReasons";

afterEach(cleanup);

const flag = (code: SafetyReasonCode, acknowledged = false): SafetyReason => ({
  code,
  level: "see-professional",
  origin: "journal",
  message: `Message for ${code}.`,
  source: "P20",
  since: "2026-11-24T08:00:00Z",
  acknowledgeable: true,
  acknowledged,
});
const state = (reasons: SafetyReason[]): SafetyState => ({
  level: reasons.length > 0 ? "see-professional" : "ready",
  reasons,
  sessionAllowed: reasons.every((r) => r.acknowledgeable && r.acknowledged),
});

describe("acknowledging journal flags", () => {
  it("[C-acknowledgement-required] is needed only when every reason left is an unacknowledged journal flag", () => {
    expect(onlyAcknowledgementsMissing(state([flag("persistent-48h")]))).toBe(true);
    expect(onlyAcknowledgementsMissing(state([flag("persistent-48h", true)]))).toBe(false);
    expect(onlyAcknowledgementsMissing(state([]))).toBe(false);
    const screening: SafetyReason = { ...flag("recent-injury"), origin: "screening", acknowledgeable: false };
    expect(onlyAcknowledgementsMissing(state([flag("persistent-48h"), screening]))).toBe(false);
  });

  it("[C-acknowledgement-required] asks for one recorded I understand per reason, naming it, before Continue opens", async () => {
    const acknowledge = vi.fn(async () => undefined);
    const onContinue = vi.fn();
    render(
      <AcknowledgeReasons
        state={state([flag("persistent-48h"), flag("frequent-adjusting", true)])}
        acknowledge={acknowledge}
        onContinue={onContinue}
      />,
    );
    expect(ACKNOWLEDGE_WORDS).toBe("I understand: I will see a physical therapist or physician about this");
    const button = screen.getByTestId("acknowledge-button-persistent-48h");
    expect(button.textContent).toBe(ACKNOWLEDGE_WORDS);
    // The button is described by the reason it acknowledges.
    expect(document.getElementById(button.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Message for persistent-48h.",
    );
    expect(screen.queryByTestId("acknowledge-button-frequent-adjusting")).toBeNull();
    expect(screen.getByTestId("acknowledged-frequent-adjusting")).toBeTruthy();
    expect((screen.getByTestId("acknowledge-continue") as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {
      fireEvent.click(button);
    });
    expect(acknowledge).toHaveBeenCalledWith("persistent-48h");
    expect(onContinue).not.toHaveBeenCalled();
  });

  it("says an acknowledgement that could not be saved does not count yet", async () => {
    render(
      <AcknowledgeReasons
        state={state([flag("persistent-48h")])}
        acknowledge={async () => Promise.reject(new Error("disk full"))}
        onContinue={() => undefined}
      />,
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("acknowledge-button-persistent-48h"));
    });
    expect((await screen.findByRole("alert")).textContent).toMatch(
      /could not be saved .* does not count yet/,
    );
  });

  it("opens Continue once every reason is acknowledged", () => {
    const onContinue = vi.fn();
    render(
      <AcknowledgeReasons
        state={state([flag("persistent-48h", true)])}
        acknowledge={vi.fn()}
        onContinue={onContinue}
      />,
    );
    fireEvent.click(screen.getByTestId("acknowledge-continue"));
    expect(onContinue).toHaveBeenCalledTimes(1);
  });
});
