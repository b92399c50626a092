import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { formatModelIssue, loadModel } from '../../../scoring/index.js';
import { EXIT, type GlobalOptions } from '../../context.js';

export function registerModelValidate(model: Command) {
  model
    .command('validate')
    .argument('<file>', 'a model YAML file')
    .description('check a model file: every problem with its line and path; nothing is stored')
    .action(async (file: string, _options: unknown, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const loaded = loadModel(await readFile(file, 'utf8'));
      if (global.json) process.stdout.write(`${JSON.stringify(loaded.ok ? { ok: true, name: loaded.model.name, version: loaded.version, scorecards: loaded.model.scorecards.map((s) => s.name) } : { ok: false, errors: loaded.errors })}\n`);
      else if (loaded.ok) process.stdout.write(`${file}: valid model "${loaded.model.name}" (${loaded.version}), scorecards ${loaded.model.scorecards.map((s) => s.name).join(', ')}\n`);
      else for (const e of loaded.errors) process.stdout.write(`${formatModelIssue(e, file)}\n`);
      process.exitCode = loaded.ok ? EXIT.ok : EXIT.error;
    });
}
