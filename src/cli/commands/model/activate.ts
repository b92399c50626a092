import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { activateModel, openMigratedStore } from '../../../app/index.js';
import { formatModelIssue, ModelError } from '../../../scoring/index.js';
import { actorOf, databaseUrl, EXIT, nowIso, type GlobalOptions } from '../../context.js';

export function registerModelActivate(model: Command) {
  model
    .command('activate')
    .argument('<file>', 'a model YAML file')
    .description('validate a model file and make it the active model (audited); a bad file leaves the current one active')
    .option('--author <email>', 'who activates it (default BELLWETHER_USER)')
    .action(async (file: string, options: { author?: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const source = await readFile(file, 'utf8');
      const store = await openMigratedStore(databaseUrl(global));
      try {
        const { model, previous } = await activateModel(store, source, { now: nowIso(), actor: actorOf(options.author) });
        const message = previous === model.version ? `model "${model.name}" (${model.version}) is already active` : `activated model "${model.name}" (${model.version})${previous ? `, replacing ${previous}` : ''}; run \`bellwether score --full\` (or --replay) to rescore`;
        process.stdout.write(global.json ? `${JSON.stringify({ name: model.name, version: model.version, previous: previous ?? null })}\n` : `${message}\n`);
      } catch (error) {
        if (!(error instanceof ModelError)) throw error;
        for (const e of error.issues) process.stderr.write(`${formatModelIssue(e, file)}\n`);
        process.stderr.write('bellwether: the model was not activated; the previous one stays active\n');
        process.exitCode = EXIT.error;
      } finally {
        await store.close();
      }
    });
}
