/** Every `limber` subcommand, in the order `limber --help` lists them. */
import { assessCommand } from "./assess";
import type { Command } from "./command";
import { exportCommand } from "./export";
import { migrateCommand } from "./migrate";
import { serveCommand } from "./serve";
import { traceCommand } from "./trace";
import { triageCommand } from "./triage";

export const COMMANDS: readonly Command[] = [
  serveCommand,
  migrateCommand,
  exportCommand,
  triageCommand,
  assessCommand,
  traceCommand,
];
