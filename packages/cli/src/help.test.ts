/**
 * A newcomer's first minutes with `limber` (issue 9, finding 13): help pages with examples, exit 0; a
 * closed pipe ends quietly; file mistakes explained in plain words; a complete example request to start from.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SCREENING_LINK_IDS } from "@limber/core";
import { describe, expect, it } from "vitest";
import { capturedRun, expectOneLineError } from "../test-support/captured-run";
import { COMMANDS } from "./commands";
import { run } from "./main";

const BIN = join(import.meta.dirname, "..", "bin", "limber.js");

const limber = (args: string[], stdin = "") =>
  capturedRun(run, args, { stdin, now: new Date("2026-11-24T21:00:00Z") });

describe("limber help", () => {
  it.each([["help"], ["--help"], ["-h"]])(
    "`limber %s` lists every command with an example and exits 0",
    async (flag) => {
      const result = await limber([flag]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      for (const command of COMMANDS) {
        expect(result.stdout).toContain(`  ${command.name} `);
        expect(result.stdout).toMatch(new RegExp(`npx limber ${command.name}`));
      }
    },
  );

  it.each(COMMANDS.map((command) => command.name))(
    "`limber %s --help` shows its usage, options and examples and exits 0",
    async (name) => {
      for (const args of [
        [name, "--help"],
        ["help", name],
      ]) {
        const result = await limber(args);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(new RegExp(`^usage: limber ${name}`));
        expect(result.stdout).toContain("examples:");
        expect(result.stdout).toContain(`npx limber ${name}`);
      }
    },
  );

  it("says how to choose the port in `limber serve --help`", async () => {
    const { stdout } = await limber(["serve", "--help"]);
    expect(stdout).toContain("--port");
    expect(stdout).toContain("PORT");
  });

  it("answers `limber` with no command, and an unknown help topic, with one line and exit 2", async () => {
    expectOneLineError(await limber([]), /^limber: no command given; try one of: serve, .*limber help/);
    expectOneLineError(await limber(["help", "frobnicate"]), /no command "frobnicate"/);
  });
});

describe("limber triage --example", () => {
  it("prints a complete request answering all 16 questions, which triage accepts", async () => {
    const example = await limber(["triage", "--example"]);
    expect(example.code).toBe(0);
    const request = JSON.parse(example.stdout) as { answers: Record<string, boolean> };
    expect(Object.keys(request.answers).sort()).toEqual([...SCREENING_LINK_IDS].sort());
    expect(SCREENING_LINK_IDS).toHaveLength(16);
    const decided = await limber(["triage"], example.stdout);
    expect(decided.code).toBe(0);
    expect(JSON.parse(decided.stdout)).toEqual({ outcome: "self-care", reasons: [] });
  });

  it("is the example the README shows, word for word", async () => {
    const readme = readFileSync(join(import.meta.dirname, "..", "..", "..", "README.md"), "utf8");
    const shown = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBeDefined();
    expect(JSON.parse(shown as string)).toEqual(JSON.parse((await limber(["triage", "--example"])).stdout));
  });

  it("prints an assessment input that assess accepts", async () => {
    const example = await limber(["assess", "--example"]);
    expect(example.code).toBe(0);
    const assessed = await limber(["assess"], example.stdout);
    expect(assessed.code).toBe(0);
    expect(JSON.parse(assessed.stdout).recommendation).toBe("see-professional");
  });
});

describe("file mistakes in plain words", () => {
  it("says a directory is a directory, with exit 2 and one line", async () => {
    const directory = mkdtempSync(join(tmpdir(), "limber-dir-"));
    const result = await limber(["triage", directory]);
    expectOneLineError(result, new RegExp(`${directory} is a directory`));
    expect(result.stderr).not.toContain("EISDIR");
  });

  it("says a missing file is missing, with exit 2 and one line", async () => {
    expectOneLineError(
      await limber(["assess", "/no/such/journal.json"]),
      /no such file: \/no\/such\/journal\.json/,
    );
  });
});

describe("a reader that stops early", () => {
  it("ends quietly with exit 0 when standard output is closed (limber ... | head -1)", async () => {
    const child = spawn(process.execPath, [BIN, "triage", "--example"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy(); // the reader has gone before the first byte is written
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", (exit) => resolve(exit)));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 90_000);
});
