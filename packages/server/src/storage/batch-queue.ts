/**
 * Group commit, generically: requests that arrive while a batch is being run wait and then go to the
 * database together as the next batch, in one statement. Alone, a request runs at once (no added latency);
 * under load, one round trip serves many. Each caller still gets its own answer, only after its batch's
 * statement has committed. Nothing here outlives a request, so several server processes stay equivalent.
 */
export type BatchRunner<I, O> = (inputs: readonly I[]) => Promise<readonly (O | Error)[]>;

type Waiting<I, O> = { input: I; resolve: (output: O) => void; reject: (error: unknown) => void };

export class BatchQueue<I, O> {
  private waiting: Waiting<I, O>[] = [];
  private running = 0;

  /**
   * @param run answers a whole batch, one output (or Error) per input, in order.
   * @param concurrency batches allowed in flight at once (1 for PGlite's single connection).
   * @param maxBatch the largest batch sent as one statement.
   */
  constructor(
    private readonly run: BatchRunner<I, O>,
    private readonly concurrency: number,
    private readonly maxBatch = 200,
  ) {}

  submit(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      if (this.running < this.concurrency) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running += 1;
    try {
      while (this.waiting.length > 0) {
        // Yield to the event loop once: requests whose bytes have already arrived reach submit() and join
        // this batch. PGlite answers without ever yielding, so without this no batch would form.
        await new Promise((resolve) => setImmediate(resolve));
        const batch = this.waiting.splice(0, this.maxBatch);
        if (batch.length === 0) break; // another drain took them while this one yielded
        try {
          const outputs = await this.run(batch.map((waiting) => waiting.input));
          batch.forEach((waiting, index) => {
            const output = outputs[index];
            if (output instanceof Error) waiting.reject(output);
            else waiting.resolve(output as O);
          });
        } catch (error) {
          for (const waiting of batch) waiting.reject(error);
        }
      }
    } finally {
      this.running -= 1;
    }
  }
}
