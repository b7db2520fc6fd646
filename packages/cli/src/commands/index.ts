import type { Command } from 'commander';
import { registerAdminCommands } from './admin.js';
import { registerBackupCommands } from './backup.js';
import { registerDemoCommand } from './demo.js';
import { registerMigrateCommand } from './migrate.js';
import { registerReindexCommand } from './reindex.js';
import { registerReportCommands } from './report.js';
import { registerRouteCommand } from './route.js';
import { registerServeCommand } from './serve.js';
import { registerTransferCommands } from './transfer.js';

/** Each command lives in its own file and registers itself on the program. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerServeCommand,
  registerMigrateCommand,
  registerDemoCommand,
  registerAdminCommands,
  registerTransferCommands,
  registerReportCommands,
  registerBackupCommands,
  registerRouteCommand,
  registerReindexCommand,
];
