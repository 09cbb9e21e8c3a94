/** Reading a command's JSON input from a file or standard input. */
import { readFile } from "node:fs/promises";
import type { Clock } from "@limber/core/clock";
import { UsageError } from "./usage-error";

export type CommandIO = {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
  /** Core's one clock shape: the system clock in the process, a fixed one in tests. */
  readonly clock: Clock;
};

/** What went wrong with a FILE argument, in plain words (never a bare EISDIR). */
export function fileProblem(file: string, code: string | undefined): string {
  switch (code) {
    case "ENOENT":
      return `no such file: ${file}`;
    case "EISDIR":
      return `${file} is a directory; give the JSON file inside it, or pipe JSON into standard input`;
    case "EACCES":
    case "EPERM":
      return `no permission to read ${file}`;
    case "ENOTDIR":
      return `no such file: ${file} (a part of the path is a file, not a directory)`;
    default:
      return `cannot read ${file}${code ? ` (${code})` : ""}`;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

export async function readJsonInput(file: string | undefined, io: CommandIO): Promise<unknown> {
  let text: string;
  if (file === undefined || file === "-") {
    if ("isTTY" in io.stdin && io.stdin.isTTY) {
      throw new UsageError("no input: give a JSON file, or pipe JSON into standard input");
    }
    text = await readAll(io.stdin);
  } else {
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      throw new UsageError(fileProblem(file, (error as NodeJS.ErrnoException).code));
    }
  }
  if (text.trim() === "")
    throw new UsageError(`the input${file ? ` in ${file}` : ""} is empty; expected JSON`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `the input${file ? ` in ${file}` : ""} is not valid JSON: ${(error as Error).message}`,
    );
  }
}

export function writeJson(io: CommandIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
