import { act, cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { location } from "./router";
import { SiteNav } from "./SiteNav";

afterEach(() => {
  cleanup();
  location.value = { path: "/", query: new URLSearchParams() };
});

const menu = () => screen.getByRole("button", { name: "Menu" });
const nav = () => screen.getByRole("navigation", { name: "Main" });

describe("the site navigation", () => {
  it("keeps 'Get help' one tap away, outside the menu", () => {
    render(<SiteNav />);
    const help = screen.getByRole("link", { name: "Get help" });
    expect(help.getAttribute("href")).toBe("#/explain/help");
    expect(document.getElementById("site-nav-list")?.contains(help)).toBe(false);
  });

  it("opens and closes the menu with its button, saying so to assistive technology", () => {
    render(<SiteNav />);
    expect(menu().getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(menu());
    expect(menu().getAttribute("aria-expanded")).toBe("true");
    expect(nav().dataset.open).toBe("true");
    fireEvent.click(menu());
    expect(nav().dataset.open).toBe("false");
  });

  it("closes the menu on Escape and gives focus back to the Menu button", () => {
    render(<SiteNav />);
    fireEvent.click(menu());
    const journal = screen.getByRole("link", { name: "Journal" });
    journal.focus();
    fireEvent.keyDown(journal, { key: "Escape" });
    expect(menu().getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(menu());
  });

  it("closes the menu once a link has been followed, and marks the current screen", () => {
    render(<SiteNav />);
    fireEvent.click(menu());
    act(() => {
      location.value = { path: "/journal", query: new URLSearchParams() };
    });
    expect(menu().getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByRole("link", { name: "Journal" }).getAttribute("aria-current")).toBe("page");
    expect(screen.getByRole("link", { name: "Home" }).getAttribute("aria-current")).toBeNull();
  });
});
