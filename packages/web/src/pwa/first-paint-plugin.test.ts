import { describe, expect, it } from "vitest";
import { mergeStylesheets } from "./first-paint-plugin";

const page = (links: string[]) =>
  `<head>\n${links.map((file) => `    <link rel="stylesheet" crossorigin href="/${file}">`).join("\n")}\n</head>`;

function build(links: string[], sheets: Record<string, string>) {
  const bundle: Record<string, { type: string; source?: string }> = {
    "index.html": { type: "asset", source: page(links) },
  };
  for (const [file, source] of Object.entries(sheets)) bundle[file] = { type: "asset", source };
  const emitted: { name: string; source: string }[] = [];
  const context = {
    emitFile: (file: { type: "asset"; name: string; source: string }) => {
      emitted.push(file);
      return "ref";
    },
    getFileName: () => "assets/first-screen-abc.css",
  };
  mergeStylesheets(context, bundle);
  return { html: String(bundle["index.html"]?.source), emitted };
}

describe("the first screen's stylesheets", () => {
  it("are merged into one render-blocking file, in the order index.html linked them", () => {
    const { html, emitted } = build(["assets/a.css", "assets/b.css", "assets/c.css"], {
      "assets/a.css": ".a{}",
      "assets/b.css": ".b{}",
      "assets/c.css": ".c{}",
    });
    expect(emitted).toHaveLength(1);
    expect(emitted[0]?.source).toBe(".a{}\n.b{}\n.c{}");
    expect(html.match(/rel="stylesheet"/g)).toHaveLength(1);
    expect(html).toContain('href="/assets/first-screen-abc.css"');
    expect(html).not.toContain("assets/b.css");
  });

  it("leaves a single stylesheet alone", () => {
    const { html, emitted } = build(["assets/a.css"], { "assets/a.css": ".a{}" });
    expect(emitted).toEqual([]);
    expect(html).toContain('href="/assets/a.css"');
  });

  it("refuses to drop a stylesheet the bundle does not hold", () => {
    expect(() => build(["assets/a.css", "assets/missing.css"], { "assets/a.css": ".a{}" })).toThrow(
      /missing\.css is not in the bundle/,
    );
  });
});
