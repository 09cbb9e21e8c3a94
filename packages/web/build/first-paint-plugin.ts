/**
 * Paints the first screen without JavaScript: at build time it renders the home screen into index.html
^ * (src/pwa/prerender-entry.tsx in a happy-dom window, through Vite's SSR loader), puts the stylesheets it needs into
 * the page itself, and preloads the core font file. The app then renders into the same nodes (Preact reuses
 * matching DOM), so nothing flashes or shifts, and Lighthouse's largest paint is the static HTML's. A deep
 * link (#/journal) shows the shell until the app swaps in its screen.
 */
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const CORE_FONT = /atkinson-core-[\w-]+\.woff2$/;

type PrerenderModule = { renderFirstScreen: (container: Element) => Promise<string> };

/** Renders the first screen's HTML in a throwaway window and Vite SSR server. */
export async function prerenderFirstScreen(root: string): Promise<string> {
  const [{ Window }, { createServer }] = await Promise.all([import("happy-dom"), import("vite")]);
  const window = new Window({ url: "http://localhost/" });
  const names = [
    "window",
    "document",
    "navigator",
    "location",
    "localStorage",
    "sessionStorage",
    "HTMLElement",
  ];
  const saved = new Map(names.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));
  const savedChannel = Object.getOwnPropertyDescriptor(globalThis, "BroadcastChannel");
  const server = await createServer({
    root,
    configFile: false,
    logLevel: "error",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    for (const name of names) {
      Object.defineProperty(globalThis, name, {
        value: (window as unknown as Record<string, unknown>)[name],
        configurable: true,
        writable: true,
      });
    }
    // Node's BroadcastChannel would keep the build alive; the store works without one.
    Object.defineProperty(globalThis, "BroadcastChannel", {
      value: undefined,
      configurable: true,
      writable: true,
    });
    const entry = (await server.ssrLoadModule("/src/pwa/prerender-entry.tsx")) as PrerenderModule;
    const container = window.document.createElement("div");
    const html = await entry.renderFirstScreen(container as unknown as Element);
    // Let promise callbacks already queued (the store's first load) run while the window still exists.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return html;
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
    if (savedChannel) Object.defineProperty(globalThis, "BroadcastChannel", savedChannel);
    await server.close();
    await window.happyDOM.close();
  }
}

type BundleChunk = {
  type: string;
  facadeModuleId?: string | null;
  imports?: string[];
  viteMetadata?: { importedCss: Set<string> };
};

/** The CSS files of the app's and the home screen's chunks and of every chunk they import statically. */
function firstScreenStylesheets(bundle: Record<string, unknown>): Set<string> {
  const chunks = bundle as Record<string, BundleChunk>;
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    const chunk = chunks[file];
    if (!chunk || seen.has(file) || chunk.type !== "chunk") return;
    seen.add(file);
    for (const sheet of chunk.viteMetadata?.importedCss ?? []) css.add(sheet);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const module of FIRST_SCREEN_MODULES) {
    const found = Object.entries(chunks).find(([, chunk]) => chunk.facadeModuleId?.endsWith(module));
    if (!found) throw new Error(`first-paint: no chunk for ${module}`);
    visit(found[0]);
  }
  return css;
}

type BundleAsset = {
  type: string;
  source?: string | Uint8Array;
  viteMetadata?: { importedCss: Set<string> };
};

const LINKED_STYLESHEET = /<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g;
/** A url() the stylesheet could not keep once it moves from /assets/ into the page: a relative one. */
const RELATIVE_URL = /url\(\s*["']?(?![/#]|data:)[^)]*\)/;

/**
 * Moves the stylesheets index.html links into one `<style>` in its head, in the same order: on a slow
 * connection each render-blocking request costs the first paint a round trip. The server's CSP allows that
 * style by its hash (`inlineStyleHashes`), never by 'unsafe-inline'. Every address is this one page, so
 * those rules are always there: the sheets leave every chunk's CSS, or Vite's preload helper would link
 * each again as the app loads (measured at 4x CPU: five links, each a style recalculation of the whole
 * page and the core font fetched twice, while the home screen boots). The files stay in the bundle.
 */
export function inlineStylesheets(bundle: Record<string, BundleAsset>): void {
  const page = bundle["index.html"];
  if (page?.type !== "asset") throw new Error("first-paint: index.html is not in the bundle");
  let html = String(page.source);
  const links = [...html.matchAll(LINKED_STYLESHEET)];
  const sheets = links.map(([, file = ""]) => {
    const asset = bundle[file];
    if (asset?.type !== "asset") throw new Error(`first-paint: ${file} is not in the bundle`);
    const css = String(asset.source);
    if (RELATIVE_URL.test(css))
      throw new Error(`first-paint: ${file} has a relative url(), wrong once inlined`);
    if (/<\/style/i.test(css)) throw new Error(`first-paint: ${file} would close the <style> it is put in`);
    return css;
  });
  for (const [index, [tag]] of links.entries()) {
    html = html.replace(tag, index === 0 ? `<style>${sheets.join("\n")}</style>` : "");
  }
  page.source = html.replace(/\n\s*\n/g, "\n");
  // Runs before Vite's import analysis (a build plugin after every user plugin) writes each dynamic
  // import's list of files to preload from these sets.
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== "chunk") continue;
    for (const [, file = ""] of links) chunk.viteMetadata?.importedCss.delete(file);
  }
}

/** The app (loaded after the first paint) and the screen prerendered into index.html. */
const FIRST_SCREEN_MODULES = ["/src/boot.tsx", "/src/app/home/HomeRoute.tsx"];

export function firstPaint(): Plugin {
  let root = fileURLToPath(new URL("../", import.meta.url));
  return {
    name: "limber-first-paint",
    apply: "build",
    // After Vite has written index.html into the bundle, and before the service worker lists the files.
    enforce: "post",
    generateBundle(_options, bundle) {
      inlineStylesheets(bundle as Record<string, BundleAsset>);
    },
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: "post",
      async handler(html, context) {
        const font = Object.keys(context.bundle ?? {}).find((file) => CORE_FONT.test(file));
        if (!font) throw new Error("first-paint: the core font file is missing from the build");
        const preload = `<link rel="preload" href="/${font}" as="font" type="font/woff2" crossorigin>`;
        const shell = await prerenderFirstScreen(root);
        // The home screen's own stylesheets (its chunk and what it imports) are linked too, so the
        // prerendered HTML is styled in the first frame, not when the home screen's code arrives.
        const homeCss = [...firstScreenStylesheets(context.bundle ?? {})]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`);
        if (!html.includes('<div id="app"></div>')) throw new Error('first-paint: no <div id="app"></div>');
        return html
          .replace("</title>", `</title>\n    ${preload}`)
          .replace("</head>", `  ${homeCss.join("\n    ")}\n  </head>`)
          .replace('<div id="app"></div>', `<div id="app">${shell}</div>`);
      },
    },
  };
}
