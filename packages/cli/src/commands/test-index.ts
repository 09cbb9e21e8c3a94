/**
 * Reads every test file of the repository (each package, e2e, scripts) and indexes the ids carried by test
 * and describe titles. Only a title links a test to a requirement or control: see `findTestTitles`.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { findTestTitles } from "./test-titles";

export type TitledTest = { readonly file: string; readonly line: number; readonly title: string };
export type TestFile = { readonly path: string; readonly text: string };

const TEST_FILE = /\.(e2e\.)?test\.tsx?$/;
const SKIPPED_DIRS = new Set(["node_modules", "dist", ".git", "coverage", "reports", ".stryker-tmp"]);
/** Where tests live: every workspace package, the browser tests and the repository scripts. */
export const TEST_ROOTS = ["packages", "e2e", "scripts"] as const;

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) yield* walk(join(dir, entry.name));
    else if (entry.isFile() && TEST_FILE.test(entry.name)) yield join(dir, entry.name);
  }
}

export async function readTestFiles(root: string): Promise<TestFile[]> {
  const files: TestFile[] = [];
  for (const top of TEST_ROOTS) {
    try {
      for await (const path of walk(join(root, top))) {
        files.push({ path: relative(root, path), text: await readFile(path, "utf8") });
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Every id found in a title, with the titles that carry it, in file and line order. */
export function indexTestIds(files: readonly TestFile[]): Map<string, TitledTest[]> {
  const index = new Map<string, TitledTest[]>();
  for (const file of files) {
    for (const found of findTestTitles(file.text)) {
      for (const id of found.ids) {
        const tests = index.get(id) ?? [];
        tests.push({ file: file.path, line: found.line, title: found.title });
        index.set(id, tests);
      }
    }
  }
  return index;
}
