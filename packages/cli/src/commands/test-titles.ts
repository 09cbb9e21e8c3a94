/**
 * The titles of the tests in a test file's source, and the ids they carry in square brackets. Only a title
 * counts: a comment, a string elsewhere or a skipped test never proves anything. A small tokenizer (strings,
 * templates, regular expressions and comments) finds `describe(`, `it(` and `test(` calls and their first
 * argument, so a title split over lines by the formatter still counts.
 */

export type TestTitle = {
  /** 1-based line of the title's opening quote. */
  readonly line: number;
  readonly kind: "describe" | "it" | "test";
  readonly title: string;
  /** Every `[R-…]`, `[C-…]` or `[H-…]` id in the title. */
  readonly ids: readonly string[];
};

/** An id in a title: a kind letter, a dash, then letters, digits, dots and dashes, in square brackets. */
export const TITLE_ID = /\[([RCH]-[A-Za-z0-9][A-Za-z0-9.-]*)\]/g;

type Token =
  | { readonly type: "word" | "punct"; readonly text: string; readonly line: number }
  | { readonly type: "string"; readonly text: string; readonly line: number };

const CALLEES = new Set(["describe", "it", "test"]);
/** Modifiers that take their own argument list before the title: `it.each([...])("title", …)`. */
const WITH_ARGUMENTS = new Set(["each", "for", "skipIf", "runIf"]);
/** Modifiers under which the body never runs. */
const NOT_RUN = new Set(["skip", "todo"]);
/** After these, a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set([
  "(",
  ",",
  "=",
  ":",
  "[",
  "!",
  "&",
  "|",
  "?",
  "{",
  "}",
  ";",
  "+",
  "-",
  "*",
  "%",
  "<",
  ">",
  "~",
  "^",
  "return",
  "typeof",
  "case",
  "do",
  "else",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "yield",
  "await",
]);

export function findTestTitles(source: string): TestTitle[] {
  const tokens = tokenize(source);
  const titles: TestTitle[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type !== "word" || !CALLEES.has(token.text) || tokens[i - 1]?.text === ".") continue;
    let j = i + 1;
    let runs = true;
    while (tokens[j]?.text === "." && tokens[j + 1]?.type === "word") {
      const modifier = (tokens[j + 1] as Token).text;
      if (NOT_RUN.has(modifier)) runs = false;
      j += 2;
      if (WITH_ARGUMENTS.has(modifier)) j = afterBalanced(tokens, j);
    }
    const title = tokens[j + 1];
    if (!runs || tokens[j]?.text !== "(" || title?.type !== "string") continue;
    titles.push({
      line: title.line,
      kind: token.text as TestTitle["kind"],
      title: title.text,
      ids: [...title.text.matchAll(TITLE_ID)].map((match) => match[1] as string),
    });
  }
  return titles;
}

/** The index after the parenthesised group that starts at `start` (or `start` when there is none). */
function afterBalanced(tokens: readonly Token[], start: number): number {
  if (tokens[start]?.text !== "(") return start;
  let depth = 0;
  for (let k = start; k < tokens.length; k++) {
    const text = (tokens[k] as Token).text;
    if (tokens[k]?.type !== "punct") continue;
    if (text === "(") depth++;
    else if (text === ")" && --depth === 0) return k + 1;
  }
  return tokens.length;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  const regexMayStart = () => {
    const last = tokens.at(-1);
    return !last || (last.type !== "string" && BEFORE_REGEX.has(last.text));
  };
  while (i < source.length) {
    const char = source[i] as string;
    const next = source[i + 1];
    if (char === "\n") {
      line++;
      i++;
    } else if (/\s/.test(char)) {
      i++;
    } else if (char === "/" && next === "/") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (char === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      const stop = end === -1 ? source.length : end + 2;
      line += countLines(source, i, stop);
      i = stop;
    } else if (char === '"' || char === "'") {
      let text = "";
      i++;
      while (i < source.length && source[i] !== char && source[i] !== "\n") {
        if (source[i] === "\\") {
          text += source[i + 1] ?? "";
          i += 2;
        } else text += source[i++];
      }
      i++;
      tokens.push({ type: "string", text, line });
    } else if (char === "`") {
      const startLine = line;
      const { end, text } = readTemplate(source, i);
      line += countLines(source, i, end);
      i = end;
      tokens.push({ type: "string", text, line: startLine });
    } else if (char === "/" && regexMayStart()) {
      i = afterRegex(source, i);
      tokens.push({ type: "punct", text: "regex", line });
    } else if (/[A-Za-z_$]/.test(char)) {
      const match = /^[A-Za-z0-9_$]+/.exec(source.slice(i, i + 200)) as RegExpExecArray;
      tokens.push({ type: "word", text: match[0], line });
      i += match[0].length;
    } else {
      tokens.push({ type: "punct", text: char, line });
      i++;
    }
  }
  return tokens;
}

function countLines(source: string, from: number, to: number): number {
  let lines = 0;
  for (let k = from; k < to; k++) if (source[k] === "\n") lines++;
  return lines;
}

/** A template literal, its `${…}` parts (which may hold strings and templates) kept as written. */
function readTemplate(source: string, start: number): { end: number; text: string } {
  let i = start + 1;
  let text = "";
  while (i < source.length && source[i] !== "`") {
    if (source[i] === "\\") {
      text += source[i + 1] ?? "";
      i += 2;
    } else if (source[i] === "$" && source[i + 1] === "{") {
      let depth = 0;
      const from = i;
      for (; i < source.length; i++) {
        if (source[i] === "{") depth++;
        else if (source[i] === "}" && --depth === 0) break;
        else if (source[i] === "`") i = readTemplate(source, i).end - 1;
      }
      i++;
      text += source.slice(from, i);
    } else text += source[i++];
  }
  return { end: i + 1, text };
}

/** The index after a regular expression literal and its flags. */
function afterRegex(source: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < source.length && source[i] !== "\n") {
    const char = source[i];
    if (char === "\\") i += 2;
    else {
      if (char === "[") inClass = true;
      else if (char === "]") inClass = false;
      else if (char === "/" && !inClass) break;
      i++;
    }
  }
  i++;
  while (i < source.length && /[a-z]/.test(source[i] as string)) i++;
  return i;
}
