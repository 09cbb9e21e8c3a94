/**
 * The person's shares, active first: each with its label, how long it lasts, every visit (when, and what
 * was read), and a one-tap "Stop sharing" that asks once to confirm and announces the result.
 */

import type { ListedShare } from "@limber/core/api/share";
import { useState } from "preact/hooks";
import { announce } from "../app/live-region";
import { formatWhen, shareStatus, statusWords, visitsWords, WHAT_WORDS } from "./share-words";

type ShareListProps = {
  readonly shares: readonly ListedShare[];
  readonly nowMs: number;
  /** Stops the share; resolves with a message when that failed. */
  readonly onStop: (share: ListedShare) => Promise<string | null>;
};

export function ShareList({ shares, nowMs, onStop }: ShareListProps) {
  const active = shares.filter((s) => shareStatus(s, nowMs) === "active");
  const past = shares.filter((s) => shareStatus(s, nowMs) !== "active");
  return (
    <>
      <section aria-labelledby="shares-active-title">
        <h2 id="shares-active-title">Active links</h2>
        {active.length === 0 ? (
          <p class="muted" data-testid="shares-none-active">
            No link is open now. Nobody can read your record through Limber.
          </p>
        ) : (
          <ul class="share-list" data-testid="shares-active">
            {active.map((share) => (
              <ShareItem key={share.id} share={share} nowMs={nowMs} onStop={onStop} />
            ))}
          </ul>
        )}
      </section>
      {past.length > 0 ? (
        <section aria-labelledby="shares-past-title">
          <h2 id="shares-past-title">Stopped and expired</h2>
          <ul class="share-list" data-testid="shares-past">
            {past.map((share) => (
              <ShareItem key={share.id} share={share} nowMs={nowMs} onStop={onStop} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function ShareItem({ share, nowMs, onStop }: { share: ListedShare } & Omit<ShareListProps, "shares">) {
  const [step, setStep] = useState<"idle" | "confirm" | "stopping">("idle");
  const [problem, setProblem] = useState<string | null>(null);
  const active = shareStatus(share, nowMs) === "active";
  const name = share.label ?? `Link made ${formatWhen(share.createdAt)}`;

  const stop = async () => {
    setStep("stopping");
    const failed = await onStop(share);
    setProblem(failed);
    setStep("idle");
    announce(
      failed ? `Could not stop sharing: ${failed}` : `Sharing stopped: ${name}. The link no longer opens.`,
    );
  };

  return (
    <li class="card share-item" data-testid="share-item" data-status={shareStatus(share, nowMs)}>
      <h3>{name}</h3>
      <p class={active ? "share-status share-status-active" : "share-status"}>{statusWords(share, nowMs)}</p>
      <p>
        <strong data-testid="share-visits">{visitsWords(share)}</strong>
        {share.label ? <span class="muted"> · made {formatWhen(share.createdAt)}</span> : null}
      </p>
      {share.accesses.length > 0 ? (
        <ul class="share-visits">
          {share.accesses
            .slice()
            .reverse()
            .map((access) => (
              <li key={`${access.at}-${access.what}`}>
                {formatWhen(access.at)}: {WHAT_WORDS[access.what]}
              </li>
            ))}
        </ul>
      ) : null}
      {problem ? (
        <p class="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {active && step === "idle" ? (
        <p class="actions">
          <button
            type="button"
            class="button danger"
            onClick={() => setStep("confirm")}
            data-testid="share-stop"
          >
            Stop sharing
          </button>
        </p>
      ) : null}
      {active && step !== "idle" ? (
        <div class="share-confirm">
          <p data-testid="share-stop-words">
            <strong>Stop sharing this link?</strong> From now on the link opens nothing. A page already open
            on it takes your record off the screen within a minute, as soon as that device is online. What was
            already printed or downloaded cannot be called back.
          </p>
          <p class="actions">
            <button
              type="button"
              class="button danger"
              disabled={step === "stopping"}
              onClick={() => void stop()}
              data-testid="share-stop-confirm"
            >
              {step === "stopping" ? "Stopping…" : "Yes, stop sharing"}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => setStep("idle")}
              disabled={step === "stopping"}
            >
              Keep sharing
            </button>
          </p>
        </div>
      ) : null}
    </li>
  );
}
