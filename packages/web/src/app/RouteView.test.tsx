import { act, cleanup, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { preloadScreen, RouteView } from "./RouteView";
import { location, navigate } from "./router";

// Lazy screens and the store's first validation load modules from disk; a busy machine can take seconds.
const PATIENCE = { timeout: 5000 };

afterEach(() => {
  cleanup();
  location.value = { path: "/", query: new URLSearchParams() };
});

describe("the route view", () => {
  it("says plainly when there is no page at an address, with a way home", () => {
    location.value = { path: "/no-such-page", query: new URLSearchParams() };
    render(<RouteView />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Page not found");
    expect(screen.getByText("Go to the home screen").getAttribute("href")).toBe("#/");
  });

  it("loads a screen on first visit, titles the document and moves focus to its heading", async () => {
    render(<RouteView />);
    act(() => navigate("/explain/help"));
    await waitFor(
      () => expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("When to get help"),
      PATIENCE,
    );
    await waitFor(() => expect(document.activeElement?.textContent).toBe("When to get help"), PATIENCE);
    expect(document.title).toBe("When to get help · Limber");
  });

  it("draws a preloaded screen in its first render, with no loading frame over the prerendered page", async () => {
    await preloadScreen("/sources");
    location.value = { path: "/sources", query: new URLSearchParams() };
    render(<RouteView />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Sources");
    expect(screen.queryByText("Loading…")).toBeNull();
  });

  it("settles at once for an address with no screen", async () => {
    await expect(preloadScreen("/no-such-page")).resolves.toBeUndefined();
  });
});
