/**
 * Screenshot baselines: a PNG per screen, size and theme under e2e/baselines/, compared with pixelmatch
 * (per-pixel colour threshold 0.1; at most 0.5% of pixels may differ, for anti-aliasing noise).
 * LIMBER_UPDATE_BASELINES=1 writes the new screenshot as the baseline instead of comparing.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

export const BASELINES = new URL("../baselines/", import.meta.url);
const FAILURES = new URL("../artifacts/visual/", import.meta.url);

export const PIXEL_THRESHOLD = 0.1;
export const MAX_DIFF_RATIO = 0.005;

export type Comparison =
  | { readonly ok: true; readonly diffRatio: number; readonly updated: boolean }
  | { readonly ok: false; readonly message: string };

export const updatingBaselines = () => process.env.LIMBER_UPDATE_BASELINES === "1";

/** The share of pixels that differ beyond the colour threshold, or a reason the two cannot be compared. */
export function diffRatio(actual: PNG, expected: PNG, diff?: PNG): number | string {
  if (actual.width !== expected.width || actual.height !== expected.height) {
    return `size ${actual.width}x${actual.height}, baseline ${expected.width}x${expected.height}`;
  }
  const differing = pixelmatch(actual.data, expected.data, diff?.data, actual.width, actual.height, {
    threshold: PIXEL_THRESHOLD,
  });
  return differing / (actual.width * actual.height);
}

export async function compareWithBaseline(name: string, screenshot: Buffer): Promise<Comparison> {
  const file = new URL(`${name}.png`, BASELINES);
  if (updatingBaselines()) {
    await mkdir(BASELINES, { recursive: true });
    await writeFile(file, screenshot);
    return { ok: true, diffRatio: 0, updated: true };
  }
  const stored = await readFile(file).catch(() => null);
  if (!stored) {
    return { ok: false, message: `${name}: no baseline; run with LIMBER_UPDATE_BASELINES=1 to write one` };
  }
  const actual = PNG.sync.read(screenshot);
  const expected = PNG.sync.read(stored);
  const diff = new PNG({ width: actual.width, height: actual.height });
  const ratio = diffRatio(actual, expected, diff);
  if (typeof ratio === "number" && ratio <= MAX_DIFF_RATIO)
    return { ok: true, diffRatio: ratio, updated: false };
  await mkdir(FAILURES, { recursive: true });
  await writeFile(new URL(`${name}.actual.png`, FAILURES), screenshot);
  if (typeof ratio === "number") await writeFile(new URL(`${name}.diff.png`, FAILURES), PNG.sync.write(diff));
  const what = typeof ratio === "number" ? `${(ratio * 100).toFixed(2)}% of pixels differ` : ratio;
  return { ok: false, message: `${name}: ${what} (see e2e/artifacts/visual/${name}.diff.png)` };
}
