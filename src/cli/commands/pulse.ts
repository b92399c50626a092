import type { Command } from 'commander';
import { DEFAULT_PULSE_DAYS, expirePulse, listPulses, openMigratedStore, setPulse, type ListedPulse } from '../../app/index.js';
import { PULSE_RATINGS } from '../../domain/index.js';
import type { StoredPulse } from '../../store/index.js';
import { databaseUrl, nowIso, UsageError, type GlobalOptions } from '../context.js';
import { authorOf, parseNumberFlag, parseTimeFlag, reportingHumanInput, shortTime } from '../human-input-options.js';

interface PulseOptions {
  rating?: string;
  note?: string;
  expires?: string;
  author?: string;
  list?: boolean;
  expire?: string;
  reason?: string;
}

/** `#5 red until 2027-03-02 by ann@x.com: "sponsor leaving"`, and how it ended if it did. */
export function formatPulse(p: StoredPulse | ListedPulse): string {
  let line = `#${p.id} ${p.rating}${p.expiresAt ? ` until ${shortTime(p.expiresAt)}` : ''} by ${p.authorEmail}: ${JSON.stringify(p.note)}`;
  if (p.revokedAt) line += ` [ended ${shortTime(p.revokedAt)} by ${p.revokedBy ?? '?'}: ${JSON.stringify(p.revokeReason ?? '')}]`;
  else if ('status' in p && p.status === 'expired') line += ' [expired]';
  return line;
}

function checkFlags(account: string | undefined, o: PulseOptions): 'set' | 'list' | 'expire' {
  if (o.expire !== undefined) {
    if (o.rating !== undefined || o.list) throw new UsageError('--expire ID ends a pulse; it does not take --rating or --list');
    if (!o.reason) throw new UsageError('--reason is required: say why the pulse ends early');
    return 'expire';
  }
  if (!account) throw new UsageError('name the account: bellwether pulse ACCOUNT --rating red --note "…" (or --list)');
  if (o.list) {
    if (o.rating !== undefined) throw new UsageError('--list does not take --rating');
    return 'list';
  }
  if (o.rating === undefined) throw new UsageError(`--rating is required: ${PULSE_RATINGS.join(', ')} (or --list, or --expire ID)`);
  if (!o.note) throw new UsageError('--note is required: say why');
  return 'set';
}

export function registerPulse(program: Command) {
  program
    .command('pulse')
    .description("set, list or expire a rep's own red/yellow/green rating of an account")
    .argument('[account]', "the account's external id")
    .option('--rating <colour>', PULSE_RATINGS.join(' | '))
    .option('--note <text>', 'why (required)')
    .option('--expires <date>', `when it stops counting (default: ${DEFAULT_PULSE_DAYS} days from now)`)
    .option('--author <email>', 'who (default: BELLWETHER_USER, else local-admin@localhost.localdomain)')
    .option('--list', "list the account's pulses, ended ones too")
    .option('--expire <id>', 'end this pulse now')
    .option('--reason <text>', 'why the pulse ends early (with --expire)')
    .action(async (account: string | undefined, options: PulseOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const mode = checkFlags(account, options);
      const now = nowIso();
      const author = authorOf(options.author);
      const expiresAt = options.expires !== undefined ? parseTimeFlag('--expires', options.expires) : undefined;
      const id = options.expire !== undefined ? parseNumberFlag('--expire', options.expire, true) : undefined;
      const store = await openMigratedStore(databaseUrl(global));
      try {
        if (mode === 'list') {
          const rows = await reportingHumanInput(account ?? '', () => listPulses(store, { account: account ?? '', now }));
          if (global.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
          else if (rows.length === 0) process.stdout.write(`no pulses for ${account}\n`);
          else for (const r of rows) process.stdout.write(`${formatPulse(r)}\n`);
          return;
        }
        if (mode === 'expire') {
          const ended = await reportingHumanInput(`pulse #${id}`, () => expirePulse(store, { id: id ?? 0, author, reason: options.reason ?? '', now }));
          process.stdout.write(global.json ? `${JSON.stringify(ended)}\n` : `${formatPulse(ended)}\n`);
          return;
        }
        const result = await reportingHumanInput(account ?? '', () => setPulse(store, { account: account ?? '', rating: options.rating ?? '', note: options.note ?? '', ...(expiresAt ? { expiresAt } : {}), author, now }));
        if (global.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else {
          process.stdout.write(`${formatPulse(result.pulse)}\n`);
          for (const s of result.superseded) process.stdout.write(`  supersedes #${s.id} ${s.rating}: ${JSON.stringify(s.note)}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
