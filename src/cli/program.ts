import { Command } from 'commander';
import { registerDbMigrate } from './commands/db/migrate.js';
import { registerAudit } from './commands/audit.js';
import { registerDemo } from './commands/demo.js';
import { registerExplain } from './commands/explain.js';
import { registerHistory } from './commands/history.js';
import { registerImport } from './commands/import.js';
import { registerModelActivate } from './commands/model/activate.js';
import { registerModelPreview } from './commands/model/preview.js';
import { registerModelShow } from './commands/model/show.js';
import { registerModelValidate } from './commands/model/validate.js';
import { registerOverride } from './commands/override.js';
import { registerPulse } from './commands/pulse.js';
import { registerImports, registerQuarantine } from './commands/quarantine.js';
import { registerScore } from './commands/score.js';
import { registerServe } from './commands/serve.js';
import { registerStart } from './commands/start.js';
import { registerWhyChanged } from './commands/why-changed.js';

/** Builds the `bellwether` command; exported so tests can run it in-process. */
export function buildProgram(): Command {
  const program = new Command('bellwether')
    .description('Account health scoring you can trust: import signals, score, explain.')
    .version('0.1.0')
    .option('--database-url <url>', 'postgres://… or a SQLite file path (default: DATABASE_URL or ./data/bellwether.db)')
    .option('--json', 'machine-readable output')
    .exitOverride()
    .showHelpAfterError();
  registerImport(program);
  registerImports(program);
  registerQuarantine(program);
  registerOverride(program);
  registerPulse(program);
  registerAudit(program);
  registerScore(program);
  registerExplain(program);
  registerWhyChanged(program);
  registerHistory(program);
  registerDemo(program);
  registerServe(program);
  registerStart(program);
  const model = program.command('model').description('the scoring model: validate, show, activate');
  registerModelValidate(model);
  registerModelShow(model);
  registerModelActivate(model);
  registerModelPreview(model);
  registerDbMigrate(program.command('db').description('database maintenance'));
  return program;
}
