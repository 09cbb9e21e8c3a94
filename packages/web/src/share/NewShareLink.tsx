/**
 * A share just created: its link (shown only now: the server keeps a hash, never the link), with a copy
 * button that says "Copied", the phone's share sheet where the browser has one, and a QR code.
 */
import { useState } from "preact/hooks";
import { announce } from "../app/live-region";
import { ShareQr } from "./ShareQr";
import { formatWhen } from "./share-words";
import type { CreatedShare } from "./shares-api";

type NewShareLinkProps = { readonly created: CreatedShare; readonly onDone: () => void };

export function NewShareLink({ created, onDone }: NewShareLinkProps) {
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";
  const who = created.share.label ? ` for ${created.share.label}` : "";

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.url);
      setCopied("yes");
      announce("Link copied");
    } catch {
      setCopied("failed");
    }
  };
  const shareSheet = async () => {
    try {
      await navigator.share({ title: "My Limber record (read-only)", url: created.url });
    } catch {
      // Closing the share sheet is not an error worth a message.
    }
  };

  return (
    <section class="card share-new" aria-labelledby="share-new-title" data-testid="share-new">
      <h2 id="share-new-title" tabIndex={-1} data-route-focus>
        Your link is ready{who}
      </h2>
      <p>
        It opens a read-only copy of your record until <strong>{formatWhen(created.share.expiresAt)}</strong>.
        This is the only time Limber shows it: copy it or show the code now.
      </p>
      <label class="field" for="share-url">
        <span>Share link</span>
        <input
          id="share-url"
          class="share-url"
          type="text"
          readOnly
          value={created.url}
          data-testid="share-url"
          onFocus={(event) => (event.currentTarget as HTMLInputElement).select()}
        />
      </label>
      <div class="actions">
        <button type="button" class="button primary" onClick={() => void copy()} data-testid="share-copy">
          {copied === "yes" ? "Copied" : "Copy link"}
        </button>
        {canShare ? (
          <button type="button" class="button" onClick={() => void shareSheet()} data-testid="share-sheet">
            Send with…
          </button>
        ) : null}
      </div>
      <p class="share-copied" role="status" data-testid="share-copied">
        {copied === "yes"
          ? "Copied. Paste it into a message or email to your physical therapist or physician."
          : copied === "failed"
            ? "This browser would not copy it: select the link above and copy it yourself."
            : ""}
      </p>
      <figure class="share-qr-figure">
        <ShareQr url={created.url} />
        <figcaption>Or let them scan this with their phone or tablet camera.</figcaption>
      </figure>
      <p class="actions">
        <button type="button" class="button quiet" onClick={onDone} data-testid="share-done">
          Done
        </button>
      </p>
    </section>
  );
}
