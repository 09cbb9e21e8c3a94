/** Reading a command's JSON input from a file or standard input. */
import { readFile } from "node:fs/promises";
import { UsageError } from "./usage-error";

export type CommandIO = {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly now: () => Date;
};

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
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === "ENOENT"
          ? `cannot read ${file}: no such file`
          : `cannot read ${file}: ${code ?? "unreadable"}`,
      );
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
