import { UsageError } from './context.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  // `echo "$PASSWORD" | …` adds one newline; it is not part of the password (as with docker login --password-stdin).
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Asks on stderr and reads one line from the terminal without echoing it. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let value: string[] = [];
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value.join(''));
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(new UsageError('cancelled'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value.push(ch);
      }
    };
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', onData);
    stdin.resume();
  });
}

/**
 * A password for `user create` / `user set-password`: all of stdin with `--password-stdin`
 * (so it never appears in the shell history or `ps`), else asked twice on a terminal
 * without echo; undefined when there is neither (stdin is not a terminal).
 */
export async function readPassword(options: { stdin: boolean }): Promise<string | undefined> {
  if (options.stdin) return readStdin();
  if (!process.stdin.isTTY) return undefined;
  const first = await promptHidden('Password (at least 12 characters): ');
  if (first === '') return undefined;
  const again = await promptHidden('Repeat it: ');
  if (again !== first) throw new UsageError('the two passwords differ; nothing was changed');
  return first;
}
