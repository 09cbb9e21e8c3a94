/**
 * One spelling throughout: Limber writes en-GB ("centre", "localised"). Every string a person can be shown,
 * in core (content, messages) and in the web app (JSX text and string literals), is read from the source and
 * scanned for the en-US spelling of a word. A passage in double quotation marks quotes the article (which is
 * en-US) word for word and keeps its spelling.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../../..");

/** en-US spellings and the en-GB word Limber uses instead. */
const US_SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/\bcenter(s|ed|ing)?\b/i, "centre"],
  [/\bcolor(s|ed|ful)?\b/i, "colour"],
  [/\bfavorite(s)?\b/i, "favourite"],
  [/\bbehavior(s|al)?\b/i, "behaviour"],
  [/\b(honor|labor|neighbor|humor|tumor|odor|rumor|vapor|flavor|endeavor)(s|ed|ing)?\b/i, "-our"],
  [/\bgray\b/i, "grey"],
  [/\b(meter|liter|fiber|theater)s?\b/i, "-re"],
  [/\b(defense|offense)\b/i, "-ence"],
  [/\b(fulfill|enroll)(s|ment)?\b/i, "fulfil, enrol"],
  [/\b(canceled|canceling|traveled|traveling|labeled|labeling|modeling)\b/i, "-ll-"],
  [/\b(pediatric|orthopedic|anemia|edema|diarrhea)\b/i, "paediatric, orthopaedic..."],
  [/\b[a-z]+yz(e|es|ed|ing)\b/i, "-yse"],
  // -ize, -izes, -ized, -izing, -ization: localized, mobilization, stabilizing, recognize...
  [
    /\b(?!(?:size|sizes|sized|sizing|seize|seized|seizes|seizing|prize|prizes|capsize)\b)[a-z]+iz(e|es|ed|ing|ation|ations)\b/i,
    "-ise",
  ],
];

/** Source files whose strings can reach a screen: every non-test module of core and web. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "__snapshots__" ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** String literals and JSX text, comments left out. Sentences, not code: a string needs a space. */
export function shownStrings(source: string, jsx: boolean): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === "/" && next === "/") {
      const end = source.indexOf("\n", i);
      i = end < 0 ? source.length : end;
    } else if (c === "/" && next === "*") {
      i = source.indexOf("*/", i + 2) + 2;
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      let text = "";
      while (j < source.length && source[j] !== c) {
        if (source[j] === "\\") j += 1;
        else if (c === "`" && source[j] === "$" && source[j + 1] === "{") {
          // Code inside a template: skip to its closing brace (templates here nest no braces deeply).
          j = source.indexOf("}", j);
          text += " ";
        } else text += source[j];
        j += 1;
      }
      found.push(text);
      i = j + 1;
    } else if (jsx && c === ">" && source[i - 1] !== "=") {
      let j = i + 1;
      while (j < source.length && source[j] !== "<" && source[j] !== "{") j += 1;
      found.push(source.slice(i + 1, j));
      i = j;
    } else i += 1;
  }
  return found.filter((text) => /[a-z]{2,} [a-z]/i.test(text));
}

/** A passage in double quotation marks is a quotation of the article: it keeps the article's spelling. */
function withoutQuotations(text: string): string {
  return text.replace(/["“][^"”]*["”]/g, "");
}

export function usSpellings(text: string): string[] {
  const plain = withoutQuotations(text);
  return US_SPELLINGS.flatMap(([pattern]) => plain.match(pattern)?.[0] ?? []);
}

describe("one spelling throughout (en-GB)", () => {
  it("finds the en-US spellings it looks for, and leaves en-GB words and article quotes alone", () => {
    expect(usSpellings("Return to the center slowly.")).toEqual(["center"]);
    expect(usSpellings("a spot of localized tightness")).toEqual(["localized"]);
    expect(usSpellings("the small stabilizing muscles")).toEqual(["stabilizing"]);
    expect(usSpellings("Return to the centre; a localised spot; pick a size.")).toEqual([]);
    expect(usSpellings('P7 says to "return to the center slowly" but gives no time')).toEqual([]);
    expect(usSpellings("It says 'keep to the center' instead")).toEqual(["center"]);
  });

  it("reads sentences, not code, from a source file", () => {
    const source = `// the center of it\nconst a = { textAlign: "center" };\nconst b = <p class="x">Move to the center</p>;`;
    expect(shownStrings(source, true)).toEqual(["Move to the center"]);
  });

  it("shows no en-US spelling anywhere in core or the web app", () => {
    const files = [
      ...sourceFiles(join(ROOT, "packages/core/src")),
      ...sourceFiles(join(ROOT, "packages/web/src")),
    ];
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      shownStrings(readFileSync(file, "utf8"), file.endsWith(".tsx")).flatMap((text) =>
        usSpellings(text).map((word) => `${relative(ROOT, file)}: ${word}`),
      ),
    );
    expect(found).toEqual([]);
  });
});
