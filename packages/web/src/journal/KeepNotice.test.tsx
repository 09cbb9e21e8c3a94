import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { account } from "../account/account";
import { recordEvent, store } from "../storage/store";
import { KEEP_NOTICE_AFTER_ENTRIES, KeepNotice } from "./KeepNotice";

const urge = () =>
  recordEvent({
    type: "adjust-urge",
    id: crypto.randomUUID(),
    at: new Date(Date.now() - 60_000).toISOString(),
  });

beforeEach(async () => {
  await store.eraseDevice();
  localStorage.clear();
  account.state.value = { status: "signed-out", signup: null };
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("the notice to keep a copy of the journal", () => {
  it("does not reach the browser's storage on a first visit, when it has nothing to offer", () => {
    const reached = vi.spyOn(globalThis, "localStorage", "get");
    render(<KeepNotice />);
    expect(screen.queryByTestId("keep-notice")).toBeNull();
    expect(reached).not.toHaveBeenCalled();
  });

  it("shows after a few entries, and 'Not now' hides it, also the next time the journal opens", async () => {
    for (let n = 0; n < KEEP_NOTICE_AFTER_ENTRIES; n++) await urge();
    render(<KeepNotice />);
    expect(screen.getByTestId("keep-notice")).toBeTruthy();
    fireEvent.click(screen.getByTestId("keep-not-now"));
    expect(screen.queryByTestId("keep-notice")).toBeNull();
    cleanup();
    render(<KeepNotice />);
    expect(screen.queryByTestId("keep-notice")).toBeNull();
  });
});
