/**
 * The journal contract (zod, hundreds of milliseconds to evaluate on a phone) loads while the safety
 * reminder is read, ahead of the session's first write, and never for a person the gate turns away: their
 * screen must not pay for it.
 */
import { SCREENING_LINK_IDS } from "@limber/core/screening/questionnaire";
import { type Answers, decide } from "@limber/core/screening/triage";
import { act, cleanup, render, screen } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { storeReady } from "../app/store-ready";
import { loadSafetyCore } from "../safety/safety-core";
import { recordScreening, store } from "../storage/store";
import SessionRoute from "./SessionRoute";

const contract = vi.hoisted(() => ({ loads: 0 }));
vi.mock("@limber/core/journal/events", async (importOriginal) => {
  contract.loads += 1;
  return importOriginal();
});

const PATIENCE = { timeout: 5000 };
const params = { technique: "supine-spinal-twist" };
const allNo = Object.fromEntries(SCREENING_LINK_IDS.map((id) => [id, false])) as Answers;

beforeAll(async () => {
  await loadSafetyCore();
});
beforeEach(async () => {
  await store.eraseDevice();
  await store.ready;
  storeReady.value = true;
});
afterEach(() => cleanup());

describe("the journal contract on the session route", () => {
  it("is not loaded for a person the gate turns away (no screening yet)", async () => {
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    await vi.waitFor(() => expect(screen.getByTestId("session-gate-refused")).toBeTruthy(), PATIENCE);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(contract.loads).toBe(0);
  });

  it("is loaded while the safety reminder shows, before any tap", async () => {
    await recordScreening(allNo, decide(allNo));
    render(<SessionRoute params={params} query={new URLSearchParams()} />);
    await vi.waitFor(() => expect(screen.getByTestId("safety-reminder")).toBeTruthy(), PATIENCE);
    await vi.waitFor(() => expect(contract.loads).toBe(1), PATIENCE);
  });
});
