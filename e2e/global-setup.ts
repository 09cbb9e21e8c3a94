/** One production build and one real server per run, shared by every browser test through `inject`. */
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
  if (browserAvailability().kind !== "available") return async () => {};
  await buildWeb();
  const server = await startServer();
  project.provide("baseURL", server.url);
  return server.stop;
}
