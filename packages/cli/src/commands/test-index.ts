/** Reads the repository's test files and finds where each requirement key is mentioned, with the test's title. */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

export type TestMention = { readonly file: string; readonly line: number; readonly title: string };
export type TestFile = { readonly path: string; readonly lines: readonly string[] };

const TEST_FILE = /\.(e2e\.)?test\.tsx?$/;
const SKIPPED_DIRS = new Set(["node_modules", "dist", ".git", "coverage", "reports", ".stryker-tmp"]);
const TITLE = /\b(?:it|test|describe)(?:\.each\(.*?\))?\(\s*(["'`])(.+?)\1/;

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) yield* walk(join(dir, entry.name));
    else if (entry.isFile() && TEST_FILE.test(entry.name)) yield join(dir, entry.name);
  }
}

export async function readTestFiles(root: string): Promise<TestFile[]> {
  const files: TestFile[] = [];
  for (const top of ["packages", "e2e"]) {
    try {
      for await (const path of walk(join(root, top))) {
        files.push({ path: relative(root, path), lines: (await readFile(path, "utf8")).split("\n") });
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Every line that mentions one of `keys` (case-insensitive), titled by the nearest test or describe above it. */
export function findMentions(files: readonly TestFile[], keys: readonly string[]): TestMention[] {
  const needles = keys.map((key) => key.toLowerCase());
  const mentions: TestMention[] = [];
  for (const file of files) {
    file.lines.forEach((text, index) => {
      const lower = text.toLowerCase();
      if (!needles.some((needle) => lower.includes(needle))) return;
      mentions.push({ file: file.path, line: index + 1, title: titleAbove(file.lines, index) });
    });
  }
  return mentions;
}

function titleAbove(lines: readonly string[], index: number): string {
  for (let i = index; i >= 0; i--) {
    const match = TITLE.exec(lines[i] as string);
    if (match) return match[2] as string;
  }
  return "(top of file)";
}
