import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SecondsField } from "./SecondsField";

afterEach(cleanup);

function renderField() {
  const onSave = vi.fn(async (_seconds: number) => {});
  render(
    <SecondsField
      label="Tight-spot pause on the roller"
      hint="20 to 30 seconds (P5)"
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
});
