import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CredentialsForm } from "./CredentialsForm";

afterEach(cleanup);

const fill = (mode: string, email: string, password: string) => {
  fireEvent.input(screen.getByTestId(`${mode}-email`), { target: { value: email } });
  fireEvent.input(screen.getByTestId(`${mode}-password`), { target: { value: password } });
};

describe("the sign-in form", () => {
  it("asks for both fields before contacting the server", async () => {
    const onSubmit = vi.fn();
    render(<CredentialsForm mode="sign-in" needsInvite={false} submitLabel="Sign in" onSubmit={onSubmit} />);
    fireEvent.click(screen.getByTestId("sign-in-submit"));
    expect((await screen.findByRole("alert")).textContent).toMatch(/email and your password/);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("shows one plain message, once, and never the validator's text", async () => {
    const onSubmit = vi.fn(async () => ({
      ok: false as const,
      problem: {
        code: "invalid_input" as const,
        status: 400,
        message: "Choose a password of 8 to 128 characters.",
        details: [
          { code: "out_of_range", path: "password", message: "must be 8 to 128 characters long (it is 5)" },
        ],
      },
    }));
    render(<CredentialsForm mode="sign-up" needsInvite={false} submitLabel="Create" onSubmit={onSubmit} />);
    fill("sign-up", "sam@example.org", "short");
    fireEvent.click(screen.getByTestId("sign-up-submit"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Choose a password of 8 to 128 characters.");
    expect(alert.textContent).not.toMatch(/must be 8 to 128|it is 5|password:/);
  });

  it("sends the invite code only when the server needs one", async () => {
    const onSubmit = vi.fn(async () => ({ ok: true as const, status: 201, body: {} }));
    render(<CredentialsForm mode="sign-up" needsInvite submitLabel="Create" onSubmit={onSubmit} />);
    fill("sign-up", " sam@example.org ", "a long enough password");
    fireEvent.input(screen.getByTestId("sign-up-invite"), { target: { value: "INV-123" } });
    fireEvent.click(screen.getByTestId("sign-up-submit"));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        email: "sam@example.org",
        password: "a long enough password",
        inviteCode: "INV-123",
      }),
    );
  });
});
