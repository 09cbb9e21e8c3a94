/** Runs the CLI, or one command, in-process on a given standard input and captures what it wrote. */
import { PassThrough } from "node:stream";
import { clockFrom } from "@limber/core/clock";
import { expect } from "vitest";
import type { CommandIO } from "../src/io";

export type Captured = { readonly code: number; readonly stdout: string; readonly stderr: string };
type Runner = (args: readonly string[], io: CommandIO) => Promise<number>;

const FIXED_NOW = new Date("2026-11-24T12:00:00Z");

export async function capturedRun(
  runner: Runner,
  args: readonly string[],
  { stdin = "", now = FIXED_NOW, env = {} }: { stdin?: string; now?: Date; env?: NodeJS.ProcessEnv } = {},
): Promise<Captured> {
  const input = new PassThrough();
  input.end(stdin);
  let stdout = "";
  let stderr = "";
  const sink = (write: (text: string) => void) => {
    const stream = new PassThrough();
    stream.on("data", (chunk) => write(String(chunk)));
    return stream;
  };
  const code = await runner(args, {
    stdin: input,
    stdout: sink((text) => {
      stdout += text;
    }),
    stderr: sink((text) => {
      stderr += text;
    }),
    env,
    clock: clockFrom(() => now.getTime()),
  });
  // Let the last writes reach the sinks.
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout, stderr };
}

/** Bad input: exit 2, nothing on stdout, one line on stderr that matches `pattern`. */
export function expectOneLineError(result: Captured, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}
