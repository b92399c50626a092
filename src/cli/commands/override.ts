import type { Command } from 'commander';
import { DEFAULT_OVERRIDE_DAYS, expireOverride, listOverrides, openMigratedStore, setOverride, type ListedOverride } from '../../app/index.js';
import type { StoredOverride } from '../../store/index.js';
import { databaseUrl, nowIso, UsageError, type GlobalOptions } from '../context.js';
import { authorOf, parseNumberFlag, parseTimeFlag, reportingHumanInput, shortTime } from '../human-input-options.js';

interface OverrideOptions {
  set?: string;
  delta?: string;
  reason?: string;
  expires?: string;
  scorecard?: string;
  author?: string;
  list?: boolean;
  expire?: string;
}

/** `#3 health absolute 40 until 2027-01-31 by ann@x.com: "champion left"`, and how it ended if it did. */
export function formatOverride(o: StoredOverride | ListedOverride): string {
  const value = o.mode === 'delta' && o.value > 0 ? `+${o.value}` : String(o.value);
  const until = o.expiresAt ? ` until ${shortTime(o.expiresAt)}` : '';
  let line = `#${o.id} ${o.scorecard ?? 'all scorecards'} ${o.mode} ${value}${until} by ${o.authorEmail}: ${JSON.stringify(o.reason)}`;
  if (o.revokedAt) line += ` [expired early ${shortTime(o.revokedAt)} by ${o.revokedBy ?? '?'}: ${JSON.stringify(o.revokeReason ?? '')}]`;
  else if ('status' in o && o.status === 'expired') line += ' [expired]';
  return line;
}

function checkFlags(account: string | undefined, o: OverrideOptions): 'set' | 'list' | 'expire' {
  const setting = o.set !== undefined || o.delta !== undefined;
  if (o.expire !== undefined) {
    if (setting || o.list) throw new UsageError('--expire ID ends an override; it does not take --set, --delta or --list');
    if (!o.reason) throw new UsageError('--reason is required: say why the override ends early');
    return 'expire';
  }
  if (!account) throw new UsageError('name the account: bellwether override ACCOUNT --set 40 --reason "…" (or --list)');
  if (o.list) {
    if (setting) throw new UsageError('--list does not take --set or --delta');
    return 'list';
  }
  if (o.set !== undefined && o.delta !== undefined) throw new UsageError('give --set or --delta, not both');
  if (!setting) throw new UsageError('give --set SCORE or --delta POINTS (or --list, or --expire ID)');
  if (!o.reason) throw new UsageError('--reason is required: say why the score is overridden');
  return 'set';
}

export function registerOverride(program: Command) {
  program
    .command('override')
    .description("set, list or expire a human override of an account's score")
    .argument('[account]', "the account's external id")
    .option('--set <score>', 'override the score to this value (0..100)')
    .option('--delta <points>', 'shift the computed score by this much (-100..100)')
    .option('--reason <text>', 'why (required, at least 3 characters)')
    .option('--expires <date>', `when it stops applying (default: ${DEFAULT_OVERRIDE_DAYS} days from now)`)
    .option('--scorecard <name>', 'only this scorecard (default: every scorecard)')
    .option('--author <email>', 'who (default: BELLWETHER_USER, else local-admin@localhost.localdomain)')
    .option('--list', "list the account's overrides, ended ones too")
    .option('--expire <id>', 'end this override now')
    .action(async (account: string | undefined, options: OverrideOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const mode = checkFlags(account, options);
      const now = nowIso();
      const author = authorOf(options.author);
      const set = options.set !== undefined ? parseNumberFlag('--set', options.set) : undefined;
      const delta = options.delta !== undefined ? parseNumberFlag('--delta', options.delta) : undefined;
      const expiresAt = options.expires !== undefined ? parseTimeFlag('--expires', options.expires) : undefined;
      const id = options.expire !== undefined ? parseNumberFlag('--expire', options.expire, true) : undefined;
      const store = await openMigratedStore(databaseUrl(global));
      try {
        if (mode === 'list') {
          const rows = await reportingHumanInput(account ?? '', () => listOverrides(store, { account: account ?? '', now }));
          if (global.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
          else if (rows.length === 0) process.stdout.write(`no overrides for ${account}\n`);
          else for (const r of rows) process.stdout.write(`${formatOverride(r)}\n`);
          return;
        }
        const stored =
          mode === 'expire'
            ? await reportingHumanInput(`override #${id}`, () => expireOverride(store, { id: id ?? 0, author, reason: options.reason ?? '', now }))
            : await reportingHumanInput(account ?? '', () =>
                setOverride(store, { account: account ?? '', ...(set !== undefined ? { set } : {}), ...(delta !== undefined ? { delta } : {}), ...(expiresAt ? { expiresAt } : {}), ...(options.scorecard !== undefined ? { scorecard: options.scorecard } : {}), reason: options.reason ?? '', author, now }),
              );
        process.stdout.write(global.json ? `${JSON.stringify(stored)}\n` : `${formatOverride(stored)}\n`);
      } finally {
        await store.close();
      }
    });
}
