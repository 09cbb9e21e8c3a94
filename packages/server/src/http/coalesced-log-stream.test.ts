import { describe, expect, it } from "vitest";
import { coalescedLogStream } from "./coalesced-log-stream";

describe("a coalesced log stream", () => {
  it("writes the lines of one turn of the event loop together, in order", async () => {
    const writes: string[] = [];
    const stream = coalescedLogStream({ write: (text) => writes.push(text) });
    stream.write("a\n");
    stream.write("b\n");
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    stream.write("c\n");
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(["a\nb\n", "c\n"]);
  });

  it("writes what is pending at once when flushed", () => {
    const writes: string[] = [];
    const stream = coalescedLogStream({ write: (text) => writes.push(text) });
    stream.write("last words\n");
    stream.flush();
    expect(writes).toEqual(["last words\n"]);
  });
});
