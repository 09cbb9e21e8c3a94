#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so there is no build step between a change and `npx limber`.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
await main();
