import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { settings, store, updateSettings } from "../storage/store";
import { CallButton } from "./CallButton";
import { CountryField } from "./CountryField";

const language = (locale: string) => vi.spyOn(navigator, "language", "get").mockReturnValue(locale);
const href = () => screen.getByTestId("emergency-call").getAttribute("href");
const whose = () => screen.getByTestId("emergency-call-country").textContent;

beforeEach(() => store.eraseDevice());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("[C-emergency-number-by-country] the call button dials the person's country's number and says whose it is", () => {
  it.each([
    ["en-GB", "tel:999", "the United Kingdom"],
    ["en-AU", "tel:000", "Australia"],
    ["ja-JP", "tel:119", "Japan"],
    ["en-NZ", "tel:111", "New Zealand"],
    ["pt-BR", "tel:192", "Brazil"],
    ["en-US", "tel:911", "the United States"],
  ])(
    "a device set to %s calls %s and names %s, with a link to choose another country",
    (locale, tel, name) => {
      language(locale);
      render(<CallButton />);
      expect(href()).toBe(tel);
      expect(whose()).toContain(`The emergency number in ${name}`);
      expect(screen.getByText(`Not in ${name}?`).getAttribute("href")).toBe("#/settings");
      expect(whose()).not.toMatch(/112 reaches/);
      expect(whose()).not.toMatch(/\bthe the\b/i);
    },
  );

  it("an unknown country calls 112 and offers the country choice beside it", () => {
    language("en");
    render(<CallButton />);
    expect(href()).toBe("tel:112");
    expect(whose()).toMatch(/112 reaches emergency services across Europe and from most mobile phones/);
    expect(screen.getByText("Choose your country").getAttribute("href")).toBe("#/settings");
  });

  it("the country chosen in Settings wins over the device's language", async () => {
    language("en-GB");
    render(
      <>
        <CountryField />
        <CallButton />
      </>,
    );
    expect(href()).toBe("tel:999");
    const select = screen.getByTestId("setting-country") as HTMLSelectElement;
    expect(select.options[0]?.textContent).toBe("From my device: United Kingdom");
    select.value = "AU";
    fireEvent.change(select);
    await waitFor(() => expect(settings.value.country).toBe("AU"));
    expect(href()).toBe("tel:000");
    expect(whose()).toContain("The emergency number in Australia");
    expect(screen.getByTestId("setting-country-hint").textContent).toContain(
      "000, the emergency number in Australia",
    );
  });

  it("a number typed in Settings wins over every country", async () => {
    language("en-GB");
    await updateSettings({ country: "AU", emergencyNumber: "0123" });
    render(<CallButton />);
    expect(href()).toBe("tel:0123");
    expect(whose()).toContain("The number you set in Settings");
  });

  it("refuses a country that is not in the list, keeping the old one", async () => {
    await expect(updateSettings({ country: "QQ" })).rejects.toBeDefined();
    await expect(updateSettings({ country: "au" })).rejects.toBeDefined();
    expect(settings.value.country).toBeNull();
  });
});
