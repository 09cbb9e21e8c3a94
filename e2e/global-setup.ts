/**
 * One production build and one real `limber serve` per run, shared by every browser test through `inject`.
 * LIMBER_E2E_BASE_URL points the suite at a server already running instead (no build, no server started).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { browserAvailability } from "./harness/chromium";
import { startServer } from "./harness/server";
import { buildWeb } from "./harness/web-build";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.LIMBER_E2E_BASE_URL;
  if (browserAvailability().kind !== "available" || given) {
    project.provide("baseURL", given ?? "");
    return async () => {};
  }
  const webDist = await mkdtemp(join(tmpdir(), "limber-e2e-web-"));
  await buildWeb(webDist);
  const server = await startServer(webDist);
  project.provide("baseURL", server.url);
  return async () => {
    await server.stop();
    await rm(webDist, { recursive: true, force: true });
  };
}
