/** The app shell: skip link, header with navigation, the current screen, the live region. */
import { UpdateBanner } from "../pwa/UpdateBanner";
import { LiveRegion } from "./LiveRegion";
import { RouteView } from "./RouteView";
import { SiteNav } from "./SiteNav";

/** Hash routing owns the URL fragment, so "skip to content" moves focus itself instead of changing the hash. */
function skipToContent() {
  document.getElementById("main")?.focus();
}

export function App() {
  return (
    <>
      <button type="button" class="skip-link" onClick={skipToContent}>
        Skip to content
      </button>
      <header class="site-header">
        <a class="brand" href="#/" aria-label="Limber home">
          Limber
        </a>
        <SiteNav />
      </header>
      <UpdateBanner />
      <main id="main" tabIndex={-1}>
        <RouteView />
      </main>
      <footer class="site-footer">
        <p>
          Limber offers self-care guidance only. It does not diagnose or treat. If you are worried, see a
          physical therapist or physician; in an emergency, call emergency services.
        </p>
      </footer>
      <LiveRegion />
    </>
  );
}
