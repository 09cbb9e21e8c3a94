import { PERSISTENT_HOURS } from "@limber/core/journal/thresholds";
import { cleanup, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadSafetyCore, safetyCore } from "../safety/safety-core";
import { SessionEnded } from "./SessionEnded";

const ID = "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a";
beforeAll(async () => {
  await loadSafetyCore();
});
afterEach(cleanup);

describe("the screen after a stop for pain", () => {
  it("[C-rest-until-next-day] says stop was right, no technique again today, and links the check-in", () => {
    render(<SessionEnded outcome="stopped-for-pain" eventId={ID} receipt={{ saved: true }} />);
    const screenText = screen.getByTestId("session-stopped-for-pain").textContent ?? "";
    expect(screenText).toMatch(/That was the right thing to do\./);
    expect(screenText).toMatch(/Do not try the technique again today\./);
    expect(screenText).toMatch(/tomorrow at the earliest, after you answer the safety questions again/);
    expect(screenText).toMatch(/see a physical therapist or physician/);
    // P20's hours come from core's journal thresholds, the number the journal's rules use.
    expect(screenText).toContain(
      `lasts more than ${PERSISTENT_HOURS} hours despite gentle stretching, see a`,
    );
    expect(screen.getByTestId("session-go-check-in").getAttribute("href")).toBe(`#/check-in?after=${ID}`);
  });

  it("[C-rest-until-next-day] says each instruction whole, so a reversed one fails (P13, P20, NHS)", () => {
    render(<SessionEnded outcome="stopped-for-pain" eventId={ID} receipt={{ saved: true }} />);
    const screenText = (screen.getByTestId("session-stopped-for-pain").textContent ?? "").replace(
      /\s+/g,
      " ",
    );
    expect(screenText).toContain("Sharp, shooting or intense pain means stop");
    expect(screenText).toContain("Move slowly into a position that feels comfortable, and rest.");
    expect(screenText).toContain(
      "Limber offers the next session tomorrow at the earliest, after you answer the safety questions again.",
    );
    expect(screenText).toMatch(
      /weakness or numbness in both legs source: NHS, or chest pain source: NHS: call emergency services now\./,
    );
  });

  it("[C-stop-saved-first] says the stop is only held in the browser when the journal could not save it", () => {
    render(
      <SessionEnded
        outcome="stopped-for-pain"
        eventId={ID}
        receipt={{ saved: false, heldIn: "browser-storage" }}
      />,
    );
    const status = screen.getByTestId("session-save-status");
    expect(status.dataset.saved).toBe("false");
    expect(status.getAttribute("role")).toBe("alert");
    expect(status.textContent).toMatch(/could not be saved in your journal on this device/);
    expect(status.textContent).not.toMatch(/^Saved/);
  });

  it("[C-stop-saved-first] shows the stop advice at the tap, says it is saving, and keeps the older safety state off until the stop is on record", async () => {
    const { rerender } = render(<SessionEnded outcome="stopped-for-pain" eventId={ID} receipt={null} />);
    expect(screen.getByTestId("session-stopped-for-pain").textContent).toMatch(
      /Do not try the technique again today\./,
    );
    const status = screen.getByTestId("session-save-status");
    expect(status.dataset.saved).toBe("pending");
    expect(status.textContent).toMatch(/^Saving in your journal on this device/);
    expect(status.textContent).not.toMatch(/^Saved/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId("safety-notice")).toBeNull();

    rerender(<SessionEnded outcome="stopped-for-pain" eventId={ID} receipt={{ saved: true }} />);
    await waitFor(() => expect(screen.getByTestId("safety-notice")).toBeTruthy());
    expect(screen.getByTestId("session-save-status").dataset.saved).not.toBe("pending");
  });

  it("works out no safety state in the frame the stop is tapped in, only once the stop is on record (issue 19)", async () => {
    const core = safetyCore.value;
    if (!core) throw new Error("the safety rules should have loaded");
    const assess = vi.fn(core.assessTrustedSafety);
    safetyCore.value = { ...core, assessTrustedSafety: assess };
    try {
      const { rerender } = render(<SessionEnded outcome="stopped-for-pain" eventId={ID} receipt={null} />);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(assess).not.toHaveBeenCalled();
      rerender(<SessionEnded outcome="stopped-for-pain" eventId={ID} receipt={{ saved: true }} />);
      await waitFor(() => expect(screen.getByTestId("safety-notice")).toBeTruthy());
      expect(assess).toHaveBeenCalled();
    } finally {
      safetyCore.value = core;
    }
  });

  it("[C-stop-saved-first] says the stop lives only in this open page when nothing could hold it", () => {
    render(
      <SessionEnded outcome="stopped-for-pain" eventId={ID} receipt={{ saved: false, heldIn: "memory" }} />,
    );
    expect(screen.getByTestId("session-save-status").textContent).toMatch(/only while this page stays open/);
  });
});

describe("the screen after a session ended early", () => {
  it("offers the check-in and home, with no stop-for-pain advice", () => {
    render(<SessionEnded outcome="abandoned" eventId={ID} receipt={{ saved: true }} />);
    expect(screen.getByTestId("session-ended").textContent).toMatch(/ended the session early/);
    expect(screen.queryByTestId("session-stopped-for-pain")).toBeNull();
  });
});
