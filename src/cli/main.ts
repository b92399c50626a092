#!/usr/bin/env node
import { CommanderError } from 'commander';
import { EXIT, UsageError } from './context.js';
import { buildProgram } from './program.js';

async function main(): Promise<void> {
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`bellwether: ${error.message}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    process.stderr.write(`bellwether: ${(error as Error).message}\n`);
    process.exitCode = EXIT.error;
  }
}

await main();
