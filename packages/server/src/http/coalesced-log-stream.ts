/**
 * Log lines gathered for one turn of the event loop and written together: one write per turn instead of
 * one per request (a write to a pipe is synchronous on Linux). A crash loses at most that turn's lines.
 */
export type LineSink = { write(text: string): unknown };

export function coalescedLogStream(sink: LineSink): { write(line: string): void; flush(): void } {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    sink.write(text);
  };
  return {
    write(line) {
      if (pending.length === 0) setImmediate(flush);
      pending.push(line);
    },
    flush,
  };
}
