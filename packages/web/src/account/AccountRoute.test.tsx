import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createFakeServer } from "../../test-support/fake-server";
import { store } from "../storage/store";
import AccountRoute from "./AccountRoute";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const answer = (body: unknown) => async () => new Response(JSON.stringify(body), { status: 200 });

describe("the account screen", () => {
  it("offers the first account on a fresh server in plain words", async () => {
    vi.stubGlobal("fetch", answer({ user: null, signup: "owner-setup" }));
    render(<AccountRoute />);
    expect(await screen.findByRole("heading", { name: "Create your account" })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/owner|server/i);
  });

  it("speaks to a person who wants to sync, not to someone setting up a server", async () => {
    vi.stubGlobal("fetch", answer({ user: null, signup: "owner-setup" }));
    render(<AccountRoute />);
    const section = (await screen.findByRole("heading", { name: "Create your account" })).parentElement;
    expect(section?.textContent).toMatch(/sync your journal between your phone and your computer/);
    expect(section?.textContent).toMatch(/same email and password on each device/);
    expect(section?.textContent).not.toMatch(/first person here|invite people/);
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
    expect(screen.getByText(/use Limber without an account/)).toBeTruthy();
  });

  it("signs in, then says how many entries came in from the account", async () => {
    await store.eraseDevice();
    const server = createFakeServer();
    server.signOut();
    server.events.set("00000000-0000-4000-8000-000000000001", {
      type: "adjust-urge",
      id: "00000000-0000-4000-8000-000000000001",
      at: "2026-11-20T08:00:00Z",
    });
    vi.stubGlobal("fetch", server.fetch);
    render(<AccountRoute />);
    fireEvent.input(await screen.findByTestId("sign-in-email"), { target: { value: "sam@example.org" } });
    fireEvent.input(screen.getByTestId("sign-in-password"), { target: { value: "correct horse battery" } });
    fireEvent.click(screen.getByTestId("sign-in-submit"));
    expect((await screen.findByTestId("sign-in-synced")).textContent).toBe(
      "Synced. 1 entry was brought in from your account.",
    );
    expect(store.events.value.map((e) => e.id)).toEqual(["00000000-0000-4000-8000-000000000001"]);
  });
});
