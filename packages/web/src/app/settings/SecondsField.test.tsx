import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SecondsField } from "./SecondsField";

afterEach(cleanup);

function renderField() {
  const onSave = vi.fn(async (_seconds: number) => {});
  render(
    <SecondsField
      label="Tight-spot pause on the roller"
      hint="From 20 to 30 seconds."
      source="P5"
      value={30}
      limits={{ min: 20, max: 30 }}
      onSave={onSave}
      testId="tight"
    />,
  );
  return { onSave, input: screen.getByTestId("tight") };
}

describe("a seconds setting", () => {
  it("refuses a value outside the article's limits with a message, instead of clamping it", () => {
    const { onSave, input } = renderField();
    fireEvent.change(input, { target: { value: "45" } });
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole("alert").textContent).toBe("Enter a whole number of seconds from 20 to 30.");
    expect(input.getAttribute("aria-invalid")).toBe("true");
  });

  it("saves a whole number within the limits", async () => {
    const { onSave, input } = renderField();
    fireEvent.change(input, { target: { value: "25" } });
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(25));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("cites where its limits come from with a link to the source", () => {
    render(
      <SecondsField
        label="Tight-spot pause on the roller"
        hint="From 20 to 30 seconds."
        source="P5"
        value={25}
        limits={{ min: 20, max: 30 }}
        onSave={async () => {}}
        testId="cited"
      />,
    );
    const hint = document.getElementById("cited-hint");
    expect(hint?.querySelector("a")?.getAttribute("href")).toBe("#/sources?source=P5");
    expect(hint?.textContent).not.toContain("(P5)");
  });
});
