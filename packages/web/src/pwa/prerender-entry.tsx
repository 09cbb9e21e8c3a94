/**
 * Build time only (run by first-paint-plugin.ts in Node, inside a happy-dom window): renders the app shell
 * with the home screen exactly as the browser's first render does (the record still loading), so the
 * static HTML and the app's first frame are the same and the app takes the nodes over without a flash.
 */
import { render } from "preact";
import { App } from "../app/App";
import { preloadScreen } from "../app/RouteView";
import { loadSafetyCore } from "../safety/safety-core";
import { ready } from "../storage/store";

/**
 * Renders the shell and the home screen as a first-time visitor sees it once it has loaded (an empty
 * record, the safety rules known): boot.tsx waits for the same before its first render, so for that visitor
 * the app's first frame is this HTML, node for node, and nothing changes or shifts.
 */
export async function renderFirstScreen(container: Element): Promise<string> {
  await Promise.all([preloadScreen("/"), ready, loadSafetyCore()]);
  // store-ready flips its signal in a promise callback after `ready`; let it run.
  await new Promise((resolve) => setTimeout(resolve, 0));
  render(<App />, container);
  const html = container.innerHTML;
  // Unmount at once, so no effect or late signal update runs after the build has put its globals back.
  render(null, container);
  return html;
}
