import { Command, CommanderError } from 'commander';
import { AppError } from '@jianyan/server/errors.js';
import { commands } from './commands/index.js';

const program = new Command('jianyan')
  .description(
    '建言 — 提案与建议办理平台 / proposals and suggestions from draft to published reply',
  )
  .showHelpAfterError()
  .exitOverride();

for (const register of commands) {
  register(program);
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode;
  } else if (err instanceof AppError) {
    console.error(`${err.messageZh} / ${err.message}`);
    process.exitCode = 1;
  } else {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  }
}
