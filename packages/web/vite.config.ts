/** Vite build for the web app. The server serves dist/ under a strict CSP: no inline scripts or data: URIs. */
import { defineConfig } from "vite";
import { firstPaint } from "./build/first-paint-plugin";
import { preloadFromHtmlOnly } from "./build/module-preload";
import { limberServiceWorker } from "./build/precache-plugin";
import { precompressAssets } from "./build/precompress-plugin";

export default defineConfig({
  // Renders the home screen into index.html and preloads the core font (first paint without JavaScript).
  // Writes dist/sw.js with every built file to precache (offline after the first visit).
  // Then writes .br and .gz copies of every text file for the server to send as they are.
  plugins: [firstPaint(), limberServiceWorker(), precompressAssets()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The manifest lets the service worker and the size benchmark find every built file.
    manifest: true,
    // CSP forbids data: URIs for scripts and inline scripts; modern browsers need no preload polyfill.
    // A screen's JavaScript is not preloaded by script (build/module-preload.ts: measured, one long task).
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false, resolveDependencies: preloadFromHtmlOnly },
  },
});
