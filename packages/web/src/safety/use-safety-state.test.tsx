import { decide } from "@limber/core/screening/triage";
import { cleanup, render, screen } from "@testing-library/preact";
import { act } from "preact/test-utils";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { answersWithYes, stopForPain } from "../../test-support/safety-fixtures";
import { storeReady } from "../app/store-ready";
import { recordEvent, recordScreening, store } from "../storage/store";
import { loadSafetyCore } from "./safety-core";
import { useSafetyState } from "./use-safety-state";

function Probe() {
  const view = useSafetyState();
  return <p data-testid="level">{view.status === "known" ? view.state.level : view.status}</p>;
}

/** Fake timers from the real time: the store stamps screenings with the real clock it was created with. */
function startFakeClock() {
  const real = Date.now();
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  vi.setSystemTime(real);
}

const level = () => screen.getByTestId("level").textContent;

beforeAll(async () => {
  await loadSafetyCore();
  await import("@limber/core/journal/events");
});
beforeEach(async () => {
  await store.eraseDevice();
  storeReady.value = true;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("useSafetyState", () => {
  it("asks for the safety questions on a first visit", () => {
    render(<Probe />);
    expect(level()).toBe("rescreen-needed");
  });

  it("is loading until the record has loaded, so no screen offers a session early", () => {
    storeReady.value = false;
    render(<Probe />);
    expect(level()).toBe("loading");
  });

  it("[C-rescreen-24h] turns a ready state into rescreen-needed when the screening turns 24 hours old, without a reload", async () => {
    startFakeClock();
    const answers = answersWithYes();
    await recordScreening(answers, decide(answers));
    render(<Probe />);
    expect(level()).toBe("ready");
    await act(() => {
      vi.advanceTimersByTime(24 * 60 * 60 * 1000 - 60_000);
    });
    expect(level()).toBe("ready");
    await act(() => {
      vi.advanceTimersByTime(61_000 + 1);
    });
    expect(level()).toBe("rescreen-needed");
  });

  it("[C-rest-until-next-day] ends a rest at local midnight while the screen stays open", async () => {
    startFakeClock();
    const answers = answersWithYes();
    await recordScreening(answers, decide(answers));
    await recordEvent(stopForPain(new Date(Date.now() + 1000).toISOString()));
    render(<Probe />);
    expect(level()).toBe("rest-until");
    // Long after the device's midnight (any zone within UTC-12..UTC+14 of this instant), the rest is over
    // and the state asks for a fresh screening.
    await act(() => {
      vi.advanceTimersByTime(27 * 60 * 60 * 1000);
    });
    expect(level()).toBe("rescreen-needed");
  });

  it("[C-emergency-persists] stays emergency after an emergency screening, however much time passes", async () => {
    startFakeClock();
    const answers = answersWithYes(["bladder-bowel-change"]);
    await recordScreening(answers, decide(answers));
    render(<Probe />);
    expect(level()).toBe("emergency");
    await act(() => {
      vi.advanceTimersByTime(3 * 24 * 60 * 60 * 1000);
    });
    expect(level()).toBe("emergency");
  });

  it("[C-emergency-stands-for-day] keeps an emergency after a same-day all-no screening, then asks for a fresh one the next day", async () => {
    startFakeClock();
    const yes = answersWithYes(["saddle-numbness"]);
    await recordScreening(yes, decide(yes));
    await act(() => {
      vi.advanceTimersByTime(60_000);
    });
    const no = answersWithYes();
    await recordScreening(no, decide(no), ["saddle-numbness"]);
    render(<Probe />);
    expect(level()).toBe("emergency");
    // Past the device's midnight in any zone (UTC-12..UTC+14), without a reload: a fresh screening decides.
    await act(() => {
      vi.advanceTimersByTime(27 * 60 * 60 * 1000);
    });
    expect(level()).toBe("rescreen-needed");
    await recordScreening(no, decide(no));
    await act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(level()).toBe("ready");
  });
});
