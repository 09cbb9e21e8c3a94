import { describe, expect, it } from "vitest";
import { inlineStylesheets } from "./first-paint-plugin";

const page = (links: string[]) =>
  `<head>\n${links.map((file) => `    <link rel="stylesheet" crossorigin href="/${file}">`).join("\n")}\n</head>`;

type File = { type: string; source?: string };

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
    expect(html).not.toMatch(/<link rel="stylesheet"(?![^>]*disabled)/);
  });

  it("leave a disabled link to each file, which fetches nothing, so the app's code does not load it again", () => {
    const { html } = build(["assets/a.css", "assets/b.css"], {
      "assets/a.css": ".a{}",
      "assets/b.css": ".b{}",
    });
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/a.css" disabled>');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/b.css" disabled>');
    // After the <style>: a marker, never a second copy of the rules ahead of them.
    expect(html.indexOf("<style>")).toBeLessThan(html.indexOf('href="/assets/a.css" disabled'));
  });

  it("keeps the files in the bundle (the service worker and the size benchmark list them)", () => {
    const { files } = build(["assets/a.css"], { "assets/a.css": ".a{}" });
    expect(files).toContain("assets/a.css");
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
