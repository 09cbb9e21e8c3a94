import { cleanup, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import AccountRoute from "./AccountRoute";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const answer = (body: unknown) => async () => new Response(JSON.stringify(body), { status: 200 });

describe("the account screen", () => {
  it("offers owner setup on a fresh server", async () => {
    vi.stubGlobal("fetch", answer({ user: null, signup: "owner-setup" }));
    render(<AccountRoute />);
    expect(await screen.findByRole("heading", { name: "Set up this Limber server" })).toBeTruthy();
  });

  it("asks for an invite code when the server only signs up by invitation", async () => {
    vi.stubGlobal("fetch", answer({ user: null, signup: "invite" }));
    render(<AccountRoute />);
    expect(await screen.findByTestId("sign-up-invite")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Sign in" })).toBeTruthy();
  });

  it("says the app works without an account even when the server cannot be reached", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    render(<AccountRoute />);
    // Nothing is known about the server's sign-up rules, so no invite field is guessed.
    await waitFor(() => expect(screen.queryByTestId("sign-up-invite")).toBeNull());
    expect(screen.getByRole("heading", { name: "Sign in" })).toBeTruthy();
    expect(screen.getByText(/works fully without an account/)).toBeTruthy();
  });
});
