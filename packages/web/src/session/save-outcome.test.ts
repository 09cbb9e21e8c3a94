import { describe, expect, it, vi } from "vitest";
import { saveOutcome, saveReport } from "./save-outcome";

const session = {
  technique: "thoracic-foam-roll" as const,
  outcome: "stopped-for-pain" as const,
  at: "2026-11-24T08:00:00.000Z",
  id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a",
};

describe("saving how a session ended", () => {
  it("[C-stop-saved-first] records the stop as a session event with its outcome", async () => {
    const record = vi.fn(async () => ({ saved: true }) as const);
    const saved = await saveOutcome(record, session);
    expect(record).toHaveBeenCalledWith({ type: "session", ...session });
    expect(saved).toEqual({ eventId: session.id, receipt: { saved: true } });
  });

  it("[C-stop-saved-first] reads a store that throws as held in memory only, never as saved", async () => {
    const saved = await saveOutcome(async () => Promise.reject(new Error("boom")), session);
    expect(saved.receipt).toEqual({ saved: false, heldIn: "memory" });
  });

  it("says nothing extra when the stop was saved", () => {
    expect(saveReport("stopped-for-pain", { saved: true })).toBeNull();
  });

  it("[C-stop-saved-first] says the stop is held in the browser, still counts, and is not in the journal", () => {
    const words = saveReport("stopped-for-pain", { saved: false, heldIn: "browser-storage" }) ?? "";
    expect(words).toMatch(/^This stop for pain could not be saved in your journal/);
    expect(words).toMatch(/still counts: no session until tomorrow, and a fresh safety check first/);
    expect(words).toMatch(/not in your journal or your account yet/);
  });

  it("[C-stop-saved-first] says the stop is kept only while the page is open when nothing took it", () => {
    const words = saveReport("stopped-for-pain", { saved: false, heldIn: "memory" }) ?? "";
    expect(words).toMatch(/could not be saved on this device at all/);
    expect(words).toMatch(/only while this page stays open/);
    expect(words).toMatch(/Do not start another session today/);
    expect(words).not.toMatch(/saved in|has been saved|was saved/);
  });
});
