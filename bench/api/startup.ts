/**
 * Start-up time as a person sees it: from spawning `npm start`'s script to the first 200 from /readyz, on a
 * fresh store and on one that already exists. Several samples, reported as the median, since one slow disk
 * read or a busy neighbour would otherwise decide the figure.
 */
import { type ChildServer, startChildServer } from "../../packages/cli/test-support/child-server";

export type Store = { readonly dataDir: string; readonly databaseUrl?: string };
export type StartupFigures = {
  readonly freshMs: number;
  readonly existingMs: number;
  readonly freshSamplesMs: number[];
  readonly existingSamplesMs: number[];
};

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function startLimber(startScript: string, store: Store): Promise<ChildServer> {
  // The load measures one person writing at full speed, far past the journal quota (issue 17): raised here.
  const env = {
    NODE_ENV: "production",
    LIMBER_JOURNAL_WRITES_PER_MINUTE: "100000000",
    LIMBER_JOURNAL_WRITES_PER_DAY: "100000000",
  };
  // Generous: a start may first rebuild a stale web app or server bundle, which takes a minute on a busy machine.
  return startChildServer({
    args: [startScript, "--port", "0", "--data", store.dataDir],
    env,
    ...(store.databaseUrl === undefined ? {} : { databaseUrl: store.databaseUrl }),
    readyTimeoutMs: 300_000,
  });
}

/** Starts each new store twice (fresh, then existing), `samples` times; the last store is left for reuse. */
export async function measureStartup(
  startScript: string,
  newStore: () => Promise<Store>,
  samples: number,
): Promise<{ figures: StartupFigures; lastStore: Store }> {
  const fresh: number[] = [];
  const existing: number[] = [];
  let store = await newStore();
  for (let sample = 0; sample < samples; sample++) {
    if (sample > 0) store = await newStore();
    const first = await startLimber(startScript, store);
    fresh.push(first.readyMs);
    await first.stop();
    const again = await startLimber(startScript, store);
    existing.push(again.readyMs);
    await again.stop();
  }
  return {
    figures: {
      freshMs: median(fresh),
      existingMs: median(existing),
      freshSamplesMs: fresh,
      existingSamplesMs: existing,
    },
    lastStore: store,
  };
}
