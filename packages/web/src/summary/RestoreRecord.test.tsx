import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { events, store } from "../storage/store";
import { RestoreRecord } from "./RestoreRecord";

const urge = { type: "adjust-urge", id: "6f1c2b9e-3c1d-4f7a-9a55-0c1f2e3d4b5a", at: "2026-11-24T08:00:00Z" };

beforeEach(() => store.eraseDevice());
afterEach(cleanup);

function choose(content: string) {
  const input = screen.getByTestId("restore-file") as HTMLInputElement;
  const file = new File([content], "limber-record.json", { type: "application/json" });
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  fireEvent.change(input);
}

describe("restoring a journal", () => {
  it("adds the file's journal to this device and says how many entries came back", async () => {
    render(<RestoreRecord />);
    choose(JSON.stringify({ events: [urge, { type: "mood" }] }));
    expect((await screen.findByTestId("restore-outcome")).textContent).toMatch(
      /1 journal entry was restored.*1 entry in the file was not valid/,
    );
    expect(events.value.map((e) => e.id)).toEqual([urge.id]);
  });

  it("explains a file that is not a Limber record and changes nothing", async () => {
    render(<RestoreRecord />);
    choose("not json");
    expect((await screen.findByTestId("restore-outcome")).textContent).toMatch(/not JSON/);
    expect(events.value).toEqual([]);
  });
});
