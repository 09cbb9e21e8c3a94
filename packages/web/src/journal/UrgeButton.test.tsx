import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { events, store } from "../storage/store";
import { UrgeButton } from "./UrgeButton";

beforeEach(() => store.eraseDevice());
afterEach(cleanup);

describe("the urge button", () => {
  it("records an urge to crack the back with one tap", async () => {
    render(<UrgeButton />);
    fireEvent.click(screen.getByTestId("urge-button"));
    await screen.findByTestId("urge-undo");
    expect(events.value.map((e) => e.type)).toEqual(["adjust-urge"]);
  });

  it("removes that urge again on undo", async () => {
    render(<UrgeButton />);
    fireEvent.click(screen.getByTestId("urge-button"));
    fireEvent.click(await screen.findByTestId("urge-undo"));
    await waitFor(() => expect(screen.queryByTestId("urge-undo")).toBeNull());
    expect(events.value).toEqual([]);
  });

  it("records each tap as its own urge", async () => {
    render(<UrgeButton />);
    fireEvent.click(screen.getByTestId("urge-button"));
    await screen.findByTestId("urge-undo");
    fireEvent.click(screen.getByTestId("urge-button"));
    await waitFor(() => expect(events.value).toHaveLength(2));
  });
});
