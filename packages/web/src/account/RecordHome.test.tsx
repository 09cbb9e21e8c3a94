/**
 * Account shows where the record lives and the browser's answer to keeping it (issue 20, item 1). The
 * wording is tested both ways: the answer "granted" never says the browser may clear it, and "denied" never
 * says it will not.
 */
import { cleanup, render, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { keeping, persistence } from "../storage/store";
import { KEPT_WORDS, RecordHome } from "./RecordHome";

afterEach(cleanup);
// The record is saved on this device (the in-memory fallback has its own banner instead).
beforeEach(() => {
  persistence.value = "device";
});

describe("where the record lives", () => {
  it("says only on this device without an account, and on this device and in the account when signed in", () => {
    render(<RecordHome signedIn={false} />);
    expect(screen.getByTestId("record-where").textContent).toBe("Only on this device.");
    cleanup();
    render(<RecordHome signedIn />);
    expect(screen.getByTestId("record-where").textContent).toBe("On this device and in your account.");
  });

  it("says the browser will not clear it only when the browser agreed to keep it", () => {
    keeping.answer.value = "granted";
    render(<RecordHome signedIn={false} />);
    const granted = screen.getByTestId("record-kept").textContent ?? "";
    expect(granted).toContain("will not clear it");
    expect(granted).not.toContain("may clear it");
    cleanup();
    for (const answer of ["denied", "unsupported"] as const) {
      keeping.answer.value = answer;
      render(<RecordHome signedIn={false} />);
      const text = screen.getByTestId("record-kept").textContent ?? "";
      expect(text).toContain("may clear it");
      expect(text).not.toContain("will not clear it");
      expect(screen.getByTestId("record-kept").dataset.answer).toBe(answer);
      expect(screen.getByTestId("record-home").textContent).toContain("download a copy");
      cleanup();
    }
    expect(KEPT_WORDS.denied).toMatch(/has not agreed to keep it/);
  });
});
