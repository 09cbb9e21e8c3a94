/**
 * Renders the screen for the current location, loading its code on first visit. On every route change it
 * sets the document title and moves focus to the new screen's heading, so keyboard and screen reader users
 * land at the start of the new content.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { location, matchPath } from "./router";
import { ROUTES, type Route, type RouteModule } from "./routes";

const loaded = new Map<Route, RouteModule>();

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
  const module = route ? (route.eager ?? loaded.get(route)) : undefined;
  // Bumped when a lazily loaded screen arrives, so the view re-renders with it.
  const [, setLoadCount] = useState(0);
  const [failed, setFailed] = useState<Route | null>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!route || route.eager || loaded.has(route)) return;
    let current = true;
    route
      .load()
      .then((mod) => {
        loaded.set(route, mod);
        if (current) setLoadCount((count) => count + 1);
      })
      .catch(() => {
        if (current) setFailed(route);
      });
    return () => {
      current = false;
    };
  }, [route]);

  const Screen = module?.default;
  const firstPath = useRef(path);
  useEffect(() => {
    document.title =
      route && route.path !== "/" ? `${route.title} · Limber` : "Limber: self-care for a stiff back";
    const heading = container.current?.querySelector<HTMLElement>("h1");
    // On the very first load the browser's own focus start is right; after a navigation, move it.
    if (heading && Screen && path !== firstPath.current) {
      firstPath.current = "";
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
  }, [Screen, path]);

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
  if (failed && failed === route && !module) {
    return (
      <div ref={container}>
        <h1>This page could not load</h1>
        <p>
          You may be offline and this page has not been saved on this device yet. Reconnect and try again, or{" "}
          <a href="#/">go to the home screen</a>.
        </p>
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
