/** The app shell: skip link, header with navigation, the current screen, the live region. */
import { UpdateBanner } from "../pwa/UpdateBanner";
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
      {!inSession && (
        <footer class="site-footer">
          <p>
            Limber offers self-care guidance only. It does not diagnose or treat. If you are worried, see a
            physical therapist or physician; in an emergency, call emergency services.
          </p>
        </footer>
      )}
      <LiveRegion />
    </>
  );
}
