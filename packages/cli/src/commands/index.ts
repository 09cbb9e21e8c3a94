/** Every `limber` subcommand, in the order `limber --help` lists them. */
import { assessCommand } from "./assess";
import { backupCommand } from "./backup";
import type { Command } from "./command";
import { exportCommand } from "./export";
import { migrateCommand } from "./migrate";
import { restoreCommand } from "./restore";
import { serveCommand } from "./serve";
import { traceCommand } from "./trace";
import { triageCommand } from "./triage";

export const COMMANDS: readonly Command[] = [
  serveCommand,
  migrateCommand,
  exportCommand,
  backupCommand,
  restoreCommand,
  triageCommand,
  assessCommand,
  traceCommand,
];
