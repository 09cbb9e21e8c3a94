import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { settings, store } from "../storage/store";
import { EmergencyNumberField } from "./EmergencyNumberField";
import { loadSafetyCore } from "./safety-core";

const input = () => screen.getByTestId("setting-emergency-number") as HTMLInputElement;
const enter = (value: string) => {
  input().value = value;
  fireEvent.change(input());
};

beforeAll(() => loadSafetyCore());
beforeEach(() => store.eraseDevice());
afterEach(cleanup);

describe("the emergency number setting", () => {
  it("starts empty, naming the usual number for the device's language", () => {
    render(<EmergencyNumberField />);
    expect(input().value).toBe("");
    expect(input().placeholder).toMatch(/^(999|911|112)$/);
  });

  it("[C-emergency-everywhere] saves a number the notices will dial, without spaces", async () => {
    render(<EmergencyNumberField />);
    enter("1 12");
    await waitFor(() => expect(settings.value.emergencyNumber).toBe("112"));
  });

  it("refuses a number that cannot be dialled and says why, keeping the old one", async () => {
    render(<EmergencyNumberField />);
    enter("call 999");
    expect(screen.getByRole("alert").textContent).toMatch(/digits only/);
    expect(settings.value.emergencyNumber).toBeNull();
  });

  it("goes back to the usual number when emptied", async () => {
    await store.updateSettings({ emergencyNumber: "000" });
    render(<EmergencyNumberField />);
    enter("");
    await waitFor(() => expect(settings.value.emergencyNumber).toBeNull());
  });
});
