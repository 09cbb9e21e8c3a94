/**
 * Which modules Vite preloads for a chunk. Preloads index.html asks for stay (they are on the first screen's
 * critical path). A screen's code loaded with `import()` gets none of its JavaScript preloaded by script: the
 * browser fetches each module as it finds the import. Measured at 4x CPU (issue 19): Vite's loader appended
 * one `<link rel="modulepreload">` per dependency, 30-40 for a screen, all in the task that first renders
 * it, at about 3 ms each, which made that task the longest of the boot; left to the module loader, the same
 * fetches start in the short tasks that read each module. Stylesheets are not affected (Vite still links a
 * screen's CSS before running its code).
 */
export type PreloadHost = { readonly hostId: string; readonly hostType: "html" | "js" };

export function preloadFromHtmlOnly(_file: string, dependencies: string[], host: PreloadHost): string[] {
  return host.hostType === "html" ? dependencies : [];
}
