/**
 * Renders the screen for the current location, loading its code on first visit. On every route change it
 * sets the document title and moves focus to the new screen's heading, so keyboard and screen reader users
 * land at the start of the new content.
 */
import { signal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { location, matchPath } from "./router";
import { ROUTES, type Route, type RouteModule } from "./routes";

const loaded = new Map<Route, RouteModule>();
const failed = new Set<Route>();
/** Screens whose code is on its way, each with the promise that settles when it has arrived or failed. */
const loading = new Map<Route, Promise<void>>();
/** Bumped when a screen's code arrives or fails, so the view renders again. */
const loadVersion = signal(0);

/**
 * Starts loading a screen's code straight from render, not from an effect: effects wait for the next frame,
 * and a page whose frames are held (in the background, or under a test's paused clock) would never load.
 */
function startLoading(route: Route): void {
  // A screen that failed (offline before it was ever saved) waits for "Try again" rather than looping.
  if (loaded.has(route) || loading.has(route) || failed.has(route)) return;
  const settled = route
    .load()
    .then(
      (mod) => void loaded.set(route, mod),
      () => void failed.add(route),
    )
    .finally(() => {
      loading.delete(route);
      loadVersion.value += 1;
    });
  loading.set(route, settled);
}

/**
 * Loads the screen at `path` (if any) and resolves once its code has arrived or failed, so the first
 * render can draw it at once, over the prerendered HTML, without a "Loading…" frame in between.
 */
export async function preloadScreen(path: string): Promise<void> {
  const match = findRoute(path);
  if (!match) return;
  startLoading(match.route);
  await loading.get(match.route);
}

function retry(route: Route): void {
  failed.delete(route);
  startLoading(route);
  loadVersion.value += 1;
}

function findRoute(path: string): { route: Route; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

export function RouteView() {
  const { path, query } = location.value;
  const match = findRoute(path);
  const route = match?.route;
  void loadVersion.value; // read, so the view renders again when a screen's code arrives
  if (route) startLoading(route);
  const module = route ? loaded.get(route) : undefined;
  const container = useRef<HTMLDivElement>(null);

  const Screen = module?.default;
  const firstPath = useRef(path);
  useEffect(() => {
    document.title =
      route && route.path !== "/" ? `${route.title} · Limber` : "Limber: self-care for a stiff back";
    // A screen may name where focus belongs (a citation opens Sources at its paragraph); that wins, even on
    // the first load. Otherwise: on the very first load the browser's own focus start is right; after a
    // navigation, move it to the heading.
    const target = container.current?.querySelector<HTMLElement>("[data-route-focus]");
    const heading = container.current?.querySelector<HTMLElement>("h1");
    if (target && Screen) {
      firstPath.current = "";
      target.focus({ preventScroll: true });
      // Scroll only when it is out of view (a paragraph far down Sources), not for a question already shown.
      const box = target.getBoundingClientRect();
      if (box.top < 0 || box.bottom > globalThis.innerHeight) target.scrollIntoView({ block: "start" });
    } else if (heading && Screen && path !== firstPath.current) {
      firstPath.current = "";
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
  }, [Screen, path, query.toString()]);

  if (!match) {
    return (
      <div ref={container}>
        <h1>Page not found</h1>
        <p>
          There is no page at this address. <a href="#/">Go to the home screen</a>.
        </p>
      </div>
    );
  }
  if (route && !module && failed.has(route)) {
    return (
      <div ref={container}>
        <h1>This page could not load</h1>
        <p>
          You may be offline and this page has not been saved on this device yet. Reconnect and try again, or{" "}
          <a href="#/">go to the home screen</a>.
        </p>
        <button type="button" class="primary" onClick={() => retry(route)} data-testid="route-retry">
          Try again
        </button>
      </div>
    );
  }
  return (
    <div ref={container}>
      {Screen && module ? (
        <Screen key={path} params={match.params} query={query} />
      ) : (
        <p class="loading" aria-busy="true">
          Loading…
        </p>
      )}
    </div>
  );
}
