/** The app shell: skip link, header with navigation, the current screen, the live region. */
import { useEffect, useState } from "preact/hooks";
import { UpdateBanner } from "../pwa/UpdateBanner";
import { deviceCall } from "../safety/device-call";
import { sessionMode } from "../session/session-mode";
import { LiveRegion } from "./LiveRegion";
import { RouteView } from "./RouteView";
import { BrandMark, SiteNav } from "./SiteNav";

/** Hash routing owns the URL fragment, so "skip to content" moves focus itself instead of changing the hash. */
function skipToContent() {
  document.getElementById("main")?.focus();
}

export function App() {
  // Session mode: a running session has the whole screen (no header, navigation or footer).
  const inSession = sessionMode.value;
  return (
    <>
      {!inSession && (
        <button type="button" class="skip-link" onClick={skipToContent}>
          Skip to content
        </button>
      )}
      {!inSession && (
        <header class="site-header">
          <div class="site-header-inner">
            <a class="brand" href="#/" aria-label="Limber home">
              <BrandMark />
              Limber
            </a>
            <SiteNav />
          </div>
        </header>
      )}
      <UpdateBanner />
      <main id="main" tabIndex={-1} class={inSession ? "in-session" : undefined}>
        <RouteView />
      </main>
      {!inSession && <SiteFooter />}
      <LiveRegion />
    </>
  );
}

/**
 * On every screen: self-care only, and the call link (C-call-wherever-emergency). The prerendered page
 * cannot know the person's country, so until the app has started the link leads to "When to get help";
 * the words stay the same, so nothing moves when the tel: link replaces it.
 */
function SiteFooter() {
  const [started, setStarted] = useState(false);
  useEffect(() => setStarted(true), []);
  const call = deviceCall.value;
  return (
    <footer class="site-footer">
      <p>
        Limber offers self-care guidance only. It does not diagnose or treat. If you are worried, see a
        physical therapist or physician; in an emergency,{" "}
        <a
          href={started ? call.href : "#/explain/help"}
          aria-label={started ? `call emergency services on ${call.number}` : undefined}
          data-testid="footer-emergency-call"
        >
          call emergency services
        </a>
        .
      </p>
    </footer>
  );
}
