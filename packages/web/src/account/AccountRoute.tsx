/**
 * `#/account`: sign in or create an account (the first on a fresh server can invite others); once signed in, sync
 * status and sign out. Everything else in Limber works without an account.
 */
import { useEffect, useState } from "preact/hooks";
import { announce } from "../app/live-region";
import { persistence, store } from "../storage/store";
import { RestoreRecord } from "../summary/RestoreRecord";
import { sync } from "../sync/sync";
import { account } from "./account";
import { CredentialsForm } from "./CredentialsForm";
import { EraseDevice } from "./EraseDevice";
import { RecordHome } from "./RecordHome";
import { SyncStatus } from "./SyncStatus";
import type { ApiAnswer } from "./server-api";
import { WipedNotice } from "./WipedNotice";
import "./account.css";

type SignedOutProps = {
  readonly signup: "owner-setup" | "open" | "invite" | null;
  /** Reports how the first sync after signing in went (shown once signed in). */
  readonly onSynced: (message: string) => void;
};

function SignedOut({ signup, onSynced }: SignedOutProps) {
  const afterSignIn = async <T,>(answer: ApiAnswer<T>) => {
    if (answer.ok) {
      announce("Signed in. Syncing your record.");
      const pulled = await sync.pullAll();
      onSynced(
        pulled.ok
          ? `Synced. ${pulled.added} ${pulled.added === 1 ? "entry was" : "entries were"} brought in from your account.`
          : pulled.message,
      );
    }
    return answer;
  };
  if (signup === "owner-setup") {
    return (
      <section aria-labelledby="owner-title">
        <h2 id="owner-title">Create your account</h2>
        <p>
          Create your account to keep your journal in sync between your phone and computer. You are the first
          person here, so you can invite people you trust later.
        </p>
        <CredentialsForm
          mode="sign-up"
          needsInvite={false}
          submitLabel="Create my account"
          onSubmit={async (values) => afterSignIn(await account.signUp(values))}
        />
      </section>
    );
  }
  return (
    <>
      <section aria-labelledby="sign-in-title">
        <h2 id="sign-in-title">Sign in</h2>
        <CredentialsForm
          mode="sign-in"
          needsInvite={false}
          submitLabel="Sign in"
          onSubmit={async (values) => afterSignIn(await account.signIn(values))}
        />
      </section>
      <section aria-labelledby="sign-up-title">
        <h2 id="sign-up-title">New here? Create an account</h2>
        {signup === "invite" ? (
          <p>To join, you need an invite code from the person who set up this Limber.</p>
        ) : null}
        <CredentialsForm
          mode="sign-up"
          needsInvite={signup === "invite"}
          submitLabel="Create account"
          onSubmit={async (values) => afterSignIn(await account.signUp(values))}
        />
      </section>
    </>
  );
}

export default function AccountRoute() {
  const state = account.state.value;
  const [signOutMessage, setSignOutMessage] = useState<string | null>(null);
  const [synced, setSynced] = useState<string | null>(null);
  useEffect(() => {
    void account.refresh();
  }, []);

  const signOut = async () => {
    const answer = await account.signOut();
    setSignOutMessage(answer.ok ? null : answer.problem.message);
    if (answer.ok) announce("Signed out. Your record stays on this device.");
  };

  return (
    <article class="account">
      <h1>Account and sync</h1>
      <p class="lead">
        You can use Limber without an account: your journal stays on this device. Create an account to keep
        your journal in sync between your devices, with a copy kept safe if you lose one.
      </p>
      {persistence.value === "memory" ? (
        <p class="banner banner-warn">
          This browser is not letting Limber save data, so your record will be lost when you close the page.
          Sign in to keep a copy, or use a normal (not private) window.
        </p>
      ) : null}
      <WipedNotice />
      <RecordHome signedIn={state.status === "signed-in"} />
      {state.status === "unknown" ? <p class="loading">Checking your account…</p> : null}
      {state.status === "signed-out" ? <SignedOut signup={state.signup} onSynced={setSynced} /> : null}
      {state.status === "signed-in" ? (
        <section aria-labelledby="signed-in-title">
          <h2 id="signed-in-title">Signed in as {state.user.email}</h2>
          {state.confirmed ? null : <p class="muted">Offline: Limber will sync when you are back online.</p>}
          {synced ? (
            <p role="status" data-testid="sign-in-synced">
              {synced}
            </p>
          ) : null}
          <SyncStatus sync={sync} />
          <div class="actions">
            <button type="button" class="button" onClick={signOut} data-testid="sign-out">
              Sign out
            </button>
          </div>
          {signOutMessage ? (
            <p class="field-error" role="alert">
              {signOutMessage}
            </p>
          ) : null}
          {sync.state.value.pending > 0 ? (
            <p class="banner banner-warn" data-testid="sign-out-pending">
              {sync.state.value.pending} change{sync.state.value.pending === 1 ? " has" : "s have"} not been
              synced yet. If you sign out now they stay on this device and are sent the next time anyone signs
              in here; erase this device's copy if someone else will use it.
            </p>
          ) : null}
          <p class="muted">Signing out keeps your record on this device.</p>
        </section>
      ) : null}
      <RestoreRecord />
      <EraseDevice onErase={() => store.eraseDevice()} />
    </article>
  );
}
