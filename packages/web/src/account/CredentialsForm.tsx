/** Email and password (and an invite code when the server asks for one), with one plain message on a refusal. */
import { useRef, useState } from "preact/hooks";
import type { ApiAnswer, ApiProblem } from "./server-api";

type CredentialsFormProps = {
  readonly mode: "sign-in" | "sign-up";
  readonly needsInvite: boolean;
  readonly submitLabel: string;
  readonly onSubmit: (values: {
    email: string;
    password: string;
    inviteCode?: string;
  }) => Promise<ApiAnswer<unknown>>;
};

export function CredentialsForm({ mode, needsInvite, submitLabel, onSubmit }: CredentialsFormProps) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const id = (name: string) => `${mode}-${name}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    const inviteCode = String(data.get("inviteCode") ?? "").trim();
    if (email === "" || password === "") {
      setProblem({
        code: "missing_fields",
        message: "Enter both your email and your password.",
        status: null,
      });
      queueMicrotask(() => errorRef.current?.focus());
      return;
    }
    setBusy(true);
    const answer = await onSubmit({ email, password, ...(needsInvite && inviteCode ? { inviteCode } : {}) });
    setBusy(false);
    setProblem(answer.ok ? null : answer.problem);
    if (!answer.ok) queueMicrotask(() => errorRef.current?.focus());
  };

  return (
    <form
      class="credentials"
      onSubmit={submit}
      noValidate
      aria-describedby={problem ? id("error") : undefined}
    >
      <label class="field" for={id("email")}>
        Email
      </label>
      <input
        id={id("email")}
        name="email"
        type="email"
        autocomplete="username"
        required
        data-testid={`${mode}-email`}
      />
      <label class="field" for={id("password")}>
        Password
      </label>
      <input
        id={id("password")}
        name="password"
        type="password"
        autocomplete={mode === "sign-up" ? "new-password" : "current-password"}
        required
        data-testid={`${mode}-password`}
      />
      {needsInvite ? (
        <>
          <label class="field" for={id("invite")}>
            Invite code (from the person who set up this Limber)
          </label>
          <input
            id={id("invite")}
            name="inviteCode"
            type="text"
            class="code-text"
            autocomplete="off"
            data-testid={`${mode}-invite`}
          />
        </>
      ) : null}
      {problem ? (
        <div id={id("error")} class="field-error" role="alert" tabIndex={-1} ref={errorRef}>
          {/* One plain message (problem-words.ts); the validator's details are never shown. */}
          <p>{problem.message}</p>
        </div>
      ) : null}
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy} data-testid={`${mode}-submit`}>
          {busy ? "Please wait…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
