/** Every `limber` subcommand, in the order `limber --help` lists them. */
import { assessCommand } from "./assess";
import type { Command } from "./command";
import { traceCommand } from "./trace";
import { triageCommand } from "./triage";

export const COMMANDS: readonly Command[] = [triageCommand, assessCommand, traceCommand];
