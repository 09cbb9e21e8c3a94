/**
 * `#/shared/<token>`: the clinician's read-only view. The token is read from the address and sent only as a
 * bearer token (never stored, never a cookie); the page opens no local record and starts no sync (see
 * shared-link.ts). A withdrawn, expired or unknown link gets plain words and nothing else, also when it is
 * withdrawn while the page is open (use-share-recheck.ts).
 */
import type { SafetyState } from "@limber/core/safety/safety-state";
import { useCallback, useEffect, useState } from "preact/hooks";
import { type ApiAnswer, isBodiless } from "../account/server-api";
import { wallNow } from "../app/clock";
import { announce } from "../app/live-region";
import type { RouteProps } from "../app/paths";
import { deviceTimeZone } from "../safety/safety-input";
import { downloadJson, exportFilename } from "../summary/download";
import { SharedRecordView } from "./SharedRecordView";
import { isSharedLink, openedOnSharedLink } from "./shared-link";
import { type SharedRecord, sharedSafety } from "./shared-record";
import { isWithdrawn, readShared } from "./shares-api";
import { useShareRecheck } from "./use-share-recheck";
import "../journal/journal.css";
import "../summary/summary.css";
import "./share.css";

/** What the page shows for a read through the share: the record, the withdrawn words, or why it cannot open. */
type SharedView<T> =
  | { readonly status: "ok"; readonly body: T }
  | { readonly status: "withdrawn" }
  | { readonly status: "cannot-open"; readonly words: string };

const TRY_AGAIN = "The server could not send the record just now; try again shortly.";

/** Decided by the server's error code (a clinician's words, not the person's: nothing here is "on this device"). */
function toView<T>(answer: ApiAnswer<T>): SharedView<T> {
  if (answer.ok) {
    return answer.body === null
      ? { status: "cannot-open", words: "The server sent something that is not a record; try again shortly." }
      : { status: "ok", body: answer.body };
  }
  const { problem } = answer;
  if (isWithdrawn(problem)) return { status: "withdrawn" };
  if (problem.code === "network") {
    return {
      status: "cannot-open",
      words:
        "This device is offline or Limber's server cannot be reached. Check the connection, then reload.",
    };
  }
  if (problem.code === "rate_limited" || (isBodiless(problem) && problem.status === 429)) {
    const wait = problem.retryAfterSeconds ?? 60;
    return {
      status: "cannot-open",
      words: `Too many links that did not open came from this network. Wait ${wait} seconds, then reload.`,
    };
  }
  return { status: "cannot-open", words: TRY_AGAIN };
}

export default function SharedRoute({ params }: RouteProps) {
  const token = params.token ?? "";
  const [read, setRead] = useState<SharedView<SharedRecord> | null>(null);
  const [safety, setSafety] = useState<SafetyState | null>(null);
  const [fhirProblem, setFhirProblem] = useState<string | null>(null);

  useEffect(() => {
    // The clinician's view has no navigation into the person's app (see share.css).
    document.documentElement.dataset.view = "shared";
    return () => {
      delete document.documentElement.dataset.view;
      // This load kept the local record closed; leaving for the app needs a fresh load that opens it.
      if (openedOnSharedLink && !isSharedLink(globalThis.location.hash)) globalThis.location.reload();
    };
  }, []);

  useEffect(() => {
    let live = true;
    setRead(null);
    setSafety(null);
    void readShared<SharedRecord>(token, "record").then(async (answer) => {
      if (!live) return;
      const view = toView(answer);
      setRead(view);
      if (view.status !== "ok") return;
      // The validating rules: a shared record comes from a server, not from this device's store.
      const core = await import("@limber/core/safety/safety-state").catch(() => null);
      if (live && core) setSafety(sharedSafety(core, view.body, deviceTimeZone()));
    });
    return () => {
      live = false;
    };
  }, [token]);

  // A link withdrawn (or expired) while this page is open takes the record off the screen within a minute.
  const closeView = useCallback(() => setRead({ status: "withdrawn" }), []);
  useShareRecheck(token, read?.status === "ok", closeView);

  const downloadFhir = async () => {
    setFhirProblem(null);
    const view = toView(await readShared<unknown>(token, "fhir"));
    if (view.status === "ok") {
      downloadJson(exportFilename("fhir", wallNow(), deviceTimeZone()), view.body, "application/fhir+json");
      announce("The FHIR record was downloaded.");
    } else if (view.status === "withdrawn") setRead({ status: "withdrawn" });
    else setFhirProblem("The FHIR record could not be downloaded just now; try again shortly.");
  };

  if (read === null) return <p class="loading shared-loading">Opening the shared record…</p>;
  if (read.status === "withdrawn") return <Withdrawn />;
  if (read.status === "cannot-open") return <CannotOpen words={read.words} />;
  return (
    <SharedRecordView
      record={read.body}
      safety={safety}
      actions={
        <>
          <button type="button" class="button" onClick={() => globalThis.print()} data-testid="shared-print">
            Print
          </button>
          <button
            type="button"
            class="button"
            onClick={() => void downloadFhir()}
            data-testid="shared-download-fhir"
          >
            Download FHIR record
          </button>
          {fhirProblem ? (
            <p class="field-error" role="alert">
              {fhirProblem}
            </p>
          ) : null}
        </>
      }
    />
  );
}

function Withdrawn() {
  return (
    <article class="shared-view shared-gone" data-testid="shared-withdrawn">
      <p class="shared-eyebrow">Shared Limber record</p>
      <h1>This link was withdrawn or has expired</h1>
      <p class="lead">Ask your patient for a new one.</p>
      <p class="muted">
        A Limber share link works only for the time your patient chose, and stops as soon as they withdraw it.
        Nothing from their record is shown here.
      </p>
    </article>
  );
}

function CannotOpen({ words }: { words: string }) {
  return (
    <article class="shared-view shared-gone" data-testid="shared-cannot-open">
      <p class="shared-eyebrow">Shared Limber record</p>
      <h1>The shared record cannot be opened just now</h1>
      <p class="lead">{words}</p>
      <p class="actions">
        <button type="button" class="button primary" onClick={() => globalThis.location.reload()}>
          Reload
        </button>
      </p>
    </article>
  );
}
