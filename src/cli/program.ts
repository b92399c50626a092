import { Command } from 'commander';
import { registerDbMigrate } from './commands/db/migrate.js';
import { registerAccountShare } from './commands/account/share.js';
import { registerAccountShares } from './commands/account/shares.js';
import { registerAccountUnshare } from './commands/account/unshare.js';
import { registerApiKeyCreate } from './commands/api-key/create.js';
import { registerApiKeyList } from './commands/api-key/list.js';
import { registerApiKeyRevoke } from './commands/api-key/revoke.js';
import { registerUserCreate } from './commands/user/create.js';
import { registerUserDisable } from './commands/user/disable.js';
import { registerUserEnable } from './commands/user/enable.js';
import { registerUserList } from './commands/user/list.js';
import { registerUserSetPassword } from './commands/user/set-password.js';
import { registerUserSetRole } from './commands/user/set-role.js';
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
import { registerUnmatched } from './commands/unmatched.js';
import { registerAddressAssign } from './commands/address/assign.js';
import { registerAddressList } from './commands/address/list.js';
import { registerSettingsSet } from './commands/settings/set.js';
import { registerSettingsShow } from './commands/settings/show.js';

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
  registerUnmatched(program);
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
  const user = program.command('user').description('people who may use Bellwether: create, list, set-role, set-password, disable, enable');
  registerUserCreate(user);
  registerUserList(user);
  registerUserSetRole(user);
  registerUserSetPassword(user);
  registerUserDisable(user);
  registerUserEnable(user);
  const apiKey = program.command('api-key').description('API keys acting as a user: create (shown once), list, revoke');
  registerApiKeyCreate(apiKey);
  registerApiKeyList(apiKey);
  registerApiKeyRevoke(apiKey);
  const account = program.command('account').description('who may see an account beyond its owner: share, unshare, shares');
  registerAccountShare(account);
  registerAccountUnshare(account);
  registerAccountShares(account);
  const address = program.command('address').description('customer addresses from the review list: assign to an account, list assignments');
  registerAddressAssign(address);
  registerAddressList(address);
  const settings = program.command('settings').description('import settings: internal_domains, store_bodies');
  registerSettingsShow(settings);
  registerSettingsSet(settings);
  registerDbMigrate(program.command('db').description('database maintenance'));
  return program;
}
