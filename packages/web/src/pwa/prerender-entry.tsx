/**
 * Build time only (run by first-paint-plugin.ts in Node, inside a happy-dom window): renders the app shell
 * with the home screen exactly as the browser's first render does (the record still loading), so the
 * static HTML and the app's first frame are the same and the app takes the nodes over without a flash.
 */
import { render } from "preact";
import { App } from "../app/App";
import { storeReady } from "../app/store-ready";

export function renderFirstScreen(container: Element): string {
  // In the browser the record is never loaded by the first frame (IndexedDB opens asynchronously), so the
  // static HTML shows the same "loading" state; here the in-memory record may already have resolved.
  storeReady.value = false;
  render(<App />, container);
  const html = container.innerHTML;
  // Unmount at once, so no effect or late signal update runs after the build has put its globals back.
  render(null, container);
  return html;
}
