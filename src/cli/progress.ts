import cliProgress from 'cli-progress';

/** A progress bar on a terminal; silent when output is piped or --json is set. */
export function createProgress(enabled: boolean) {
  if (!enabled || !process.stderr.isTTY) return { start: () => {}, update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: ' {file} [{bar}] {value}/{total} rows', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    start(file: string) {
      if (started) bar.stop();
      bar.start(1, 0, { file });
      started = true;
    },
    update(done: number, total: number) {
      bar.setTotal(Math.max(total, done));
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
