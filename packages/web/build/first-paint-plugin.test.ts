import { describe, expect, it } from "vitest";
import { inlineStylesheets } from "./first-paint-plugin";

const page = (links: string[]) =>
  `<head>\n${links.map((file) => `    <link rel="stylesheet" crossorigin href="/${file}">`).join("\n")}\n</head>`;

type File = { type: string; source?: string };
type Chunk = { viteMetadata: { importedCss: Set<string> } };

function build(links: string[], sheets: Record<string, string>) {
  const bundle: Record<string, File> = { "index.html": { type: "asset", source: page(links) } };
  for (const [file, source] of Object.entries(sheets)) bundle[file] = { type: "asset", source };
  inlineStylesheets(bundle);
  return { html: String(bundle["index.html"]?.source), files: Object.keys(bundle) };
}

describe("the first screen's stylesheets", () => {
  it("go into one <style> in the page, in the order index.html linked them, so no request blocks the first paint", () => {
    const { html } = build(["assets/a.css", "assets/b.css", "assets/c.css"], {
      "assets/a.css": ".a{}",
      "assets/b.css": ".b{}",
      "assets/c.css": ".c{}",
    });
    expect(html).toContain("<style>.a{}\n.b{}\n.c{}</style>");
    expect(html).not.toContain('rel="stylesheet"');
  });

  it("keeps the files in the bundle (the service worker's list and the size benchmark read them)", () => {
    const { files } = build(["assets/a.css"], { "assets/a.css": ".a{}" });
    expect(files).toContain("assets/a.css");
  });

  it("takes the sheets it put in the page out of every chunk's CSS, so the app never links them again", () => {
    // Each link the preload helper adds for a sheet already in the page costs a whole-page style
    // recalculation (and a second fetch of its fonts) while the home screen boots.
    const bundle: Record<string, unknown> = {
      "index.html": { type: "asset", source: page(["assets/a.css"]) },
      "assets/a.css": { type: "asset", source: ".a{}" },
      "assets/home.js": { type: "chunk", viteMetadata: { importedCss: new Set(["assets/a.css"]) } },
      "assets/journal.js": {
        type: "chunk",
        viteMetadata: { importedCss: new Set(["assets/a.css", "assets/journal.css"]) },
      },
    };
    inlineStylesheets(bundle as Parameters<typeof inlineStylesheets>[0]);
    const css = (file: string) => [...(bundle[file] as Chunk).viteMetadata.importedCss];
    expect(css("assets/home.js")).toEqual([]);
    expect(css("assets/journal.js")).toEqual(["assets/journal.css"]);
  });

  it("refuses a stylesheet the bundle does not hold", () => {
    expect(() => build(["assets/a.css", "assets/missing.css"], { "assets/a.css": ".a{}" })).toThrow(
      /missing\.css is not in the bundle/,
    );
  });

  it("refuses a relative url(), which would point elsewhere once the rules sit in the page", () => {
    const sheets = { "assets/a.css": "@font-face{src:url(./font.woff2)}" };
    expect(() => build(["assets/a.css"], sheets)).toThrow(/relative url\(\)/);
  });

  it("accepts root, fragment and data: urls, which mean the same from the page", () => {
    const css =
      ".a{background:url(/assets/x.svg)}.b{fill:url(#g)}.c{background:url(data:image/png;base64,AA)}";
    expect(build(["assets/a.css"], { "assets/a.css": css }).html).toContain(css);
  });

  it("refuses a sheet that would close its <style> early", () => {
    expect(() => build(["assets/a.css"], { "assets/a.css": '.a{content:"</style>"}' })).toThrow(
      /close the <style>/,
    );
  });
});
