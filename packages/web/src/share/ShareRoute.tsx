/**
 * `#/share`: "Share with my physical therapist or physician". A signed-in, online person makes a read-only
 * link that expires (1 day to 90 days), sees each time it was opened and what was read, and can stop it at
 * any moment. What a share reveals is said before it is made. Offline or signed out, the screen says why
 * sharing needs the connection and an account, and nothing else is offered.
 */

import type { ListedShare } from "@limber/core/api/share";
import { useEffect, useState } from "preact/hooks";
import { account } from "../account/account";
import { wallNow } from "../app/clock";
import { sync } from "../sync/sync";
import { DurationChoice } from "./DurationChoice";
import { NewShareLink } from "./NewShareLink";
import { ShareList } from "./ShareList";
import { DEFAULT_DAYS } from "./share-words";
import { type CreatedShare, createShare, listShares, stopShare } from "./shares-api";
import { useOnline } from "./useOnline";
import "./share.css";

export default function ShareRoute() {
  const online = useOnline();
  const state = account.state.value;
  useEffect(() => {
    if (state.status === "unknown" || (state.status === "signed-in" && !state.confirmed)) {
      void account.refresh();
    }
  }, [online]);

  return (
    <article class="share-screen">
      <h1>Share with my physical therapist or physician</h1>
      <p class="lead">
        Give them a private link to a read-only copy of your Limber record, for as long as you choose. You can
        stop it at any moment and see every time it was opened.
      </p>
      {!online ? (
        <NeedsConnection />
      ) : state.status === "unknown" ? (
        <p class="loading">Checking your account…</p>
      ) : state.status !== "signed-in" ? (
        <NeedsAccount />
      ) : !state.confirmed ? (
        <NeedsConnection />
      ) : (
        <SignedInSharing />
      )}
    </article>
  );
}

function NeedsConnection() {
  return (
    <div class="banner banner-warn" data-testid="share-needs-connection">
      <h2>Sharing needs a connection</h2>
      <p>
        A share link is opened on Limber's server, not on this device, so making one, seeing who opened it and
        stopping it all need the internet. Your record is safe on this device; come back when you are online.
      </p>
    </div>
  );
}

function NeedsAccount() {
  return (
    <div class="banner banner-warn" data-testid="share-needs-account">
      <h2>Sharing needs an account</h2>
      <p>
        Your physical therapist or physician opens the link on Limber's server, which only holds your record
        once you sign in and it has synced. Until then your record stays on this device only.
      </p>
      <p class="actions">
        <a class="button primary" href="#/account">
          Sign in or create an account
        </a>
      </p>
    </div>
  );
}

function SignedInSharing() {
  const [days, setDays] = useState(DEFAULT_DAYS);
  const [label, setLabel] = useState("");
  const [created, setCreated] = useState<CreatedShare | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [shares, setShares] = useState<readonly ListedShare[] | null>(null);
  const [listProblem, setListProblem] = useState<string | null>(null);
  const pending = sync.state.value.pending;

  const reload = async () => {
    const answer = await listShares();
    if (answer.ok) {
      setShares(answer.body.shares);
      setListProblem(null);
    } else setListProblem(answer.problem.message);
  };
  useEffect(() => {
    void reload();
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const trimmed = label.trim();
    const answer = await createShare({ expiresInDays: days, ...(trimmed ? { label: trimmed } : {}) });
    setBusy(false);
    if (!answer.ok) {
      setProblem(answer.problem.message);
      return;
    }
    setCreated(answer.body);
    setLabel("");
    void reload();
  };

  const stop = async (share: ListedShare) => {
    const answer = await stopShare(share.id);
    await reload();
    return answer.ok ? null : answer.problem.message;
  };

  return (
    <>
      {pending > 0 ? (
        <div class="banner banner-warn" data-testid="share-unsynced">
          <p>
            {pending === 1 ? "1 change" : `${pending} changes`} on this device{" "}
            {pending === 1 ? "has" : "have"} not reached the server yet. A link shows only what is on the
            server.
          </p>
          <p class="actions">
            <button type="button" class="button" onClick={() => void sync.syncNow()}>
              Sync now
            </button>
          </p>
        </div>
      ) : null}

      {created ? (
        <NewShareLink created={created} onDone={() => setCreated(null)} />
      ) : (
        <form class="card share-form" onSubmit={(event) => void submit(event)} data-testid="share-form">
          <h2>Make a link</h2>
          <div class="share-reveals" data-testid="share-reveals">
            <h3>What they will see</h3>
            <ul>
              <li>Your safety state now and every reason for it, with its source.</li>
              <li>Every safety check you synced, with each answer.</li>
              <li>
                Your journal: stiffness and pain, symptoms and notes, sessions, stops for pain and urges.
              </li>
              <li>A record file they can download (JSON and FHIR), which also holds your account's email.</li>
            </ul>
            <p>
              They can read, never change anything. Anyone who has the link can open it until it ends, so send
              it only to your physical therapist or physician.
            </p>
          </div>
          <DurationChoice days={days} onChange={setDays} />
          <label class="field" for="share-label">
            <span>Who is it for? (optional, only you see this)</span>
            <input
              id="share-label"
              type="text"
              maxLength={120}
              placeholder="Dr Okafor, 12 March"
              value={label}
              onInput={(event) => setLabel((event.currentTarget as HTMLInputElement).value)}
              data-testid="share-label"
            />
          </label>
          {problem ? (
            <p class="field-error" role="alert">
              {problem}
            </p>
          ) : null}
          <p class="actions">
            <button type="submit" class="button primary" disabled={busy} data-testid="share-create">
              {busy ? "Making the link…" : "Make the link"}
            </button>
          </p>
        </form>
      )}

      {listProblem ? (
        <p class="field-error" role="alert">
          Your links could not be loaded: {listProblem}
        </p>
      ) : shares === null ? (
        <p class="loading">Loading your links…</p>
      ) : (
        <ShareList shares={shares} nowMs={wallNow()} onStop={stop} />
      )}
    </>
  );
}
