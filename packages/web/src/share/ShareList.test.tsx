import type { ListedShare } from "@limber/core/api/share";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { announcement } from "../app/live-region";
import { ShareList } from "./ShareList";

afterEach(cleanup);

const NOW = Date.parse("2026-11-30T12:00:00Z");
const active: ListedShare = {
  id: "s1",
  label: "Dr Okafor, 12 March",
  createdAt: "2026-11-24T12:00:00.000Z",
  expiresAt: "2026-12-08T12:00:00.000Z",
  revokedAt: null,
  accesses: [
    { at: "2026-11-25T09:00:00.000Z", what: "record" },
    { at: "2026-11-25T09:02:00.000Z", what: "fhir" },
  ],
};
const stopped: ListedShare = {
  ...active,
  id: "s2",
  label: "Old link",
  revokedAt: "2026-11-26T09:00:00.000Z",
  accesses: [],
};

describe("the person's list of shares", () => {
  it("lists each visit with what was read, and puts stopped links apart with no stop button", () => {
    render(<ShareList shares={[active, stopped]} nowMs={NOW} onStop={async () => null} />);
    const current = screen.getByTestId("shares-active");
    expect(current.textContent).toMatch(/Opened 2 times/);
    expect(current.textContent).toMatch(/read the summary/);
    expect(current.textContent).toMatch(/downloaded the FHIR record/);
    const past = screen.getByTestId("shares-past");
    expect(past.textContent).toMatch(/Old link/);
    expect(past.textContent).toMatch(/Stopped/);
    expect(past.querySelector("[data-testid=share-stop]")).toBeNull();
  });

  it("asks once before stopping, then stops and announces it", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const onStop = vi.fn(async () => null);
    render(<ShareList shares={[active]} nowMs={NOW} onStop={onStop} />);
    fireEvent.click(screen.getByTestId("share-stop"));
    expect(onStop).not.toHaveBeenCalled();
    expect(screen.getByText(/Stop sharing this link\?/)).toBeTruthy();
    fireEvent.click(screen.getByTestId("share-stop-confirm"));
    await waitFor(() => expect(onStop).toHaveBeenCalledTimes(1));
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement.value).toMatch(/Sharing stopped: Dr Okafor, 12 March/);
    vi.useRealTimers();
  });

  it("[C-share-expires-revokes] says exactly what stopping does to a page already open, and promises nothing more", () => {
    render(<ShareList shares={[active]} nowMs={NOW} onStop={async () => null} />);
    fireEvent.click(screen.getByTestId("share-stop"));
    const words = screen.getByTestId("share-stop-words").textContent ?? "";
    expect(words).toMatch(/From now on the link opens nothing/);
    expect(words).toMatch(/already open .* within a minute/);
    expect(words).toMatch(/already printed or downloaded cannot be called back/);
    expect(words).not.toMatch(/at once, even for someone who has it open/);
    expect(words).not.toMatch(/\bcan be called back/);
  });

  it("keeps sharing when the person changes their mind", () => {
    const onStop = vi.fn(async () => null);
    render(<ShareList shares={[active]} nowMs={NOW} onStop={onStop} />);
    fireEvent.click(screen.getByTestId("share-stop"));
    fireEvent.click(screen.getByText("Keep sharing"));
    expect(onStop).not.toHaveBeenCalled();
    expect(screen.getByTestId("share-stop")).toBeTruthy();
  });

  it("says plainly when no link is open", () => {
    render(<ShareList shares={[stopped]} nowMs={NOW} onStop={async () => null} />);
    expect(screen.getByTestId("shares-none-active").textContent).toMatch(/Nobody can read your record/);
  });
});
