import { createWriteStream, type WriteStream } from 'node:fs';

const CHUNK_CHARS = 1 << 16;

/**
 * Collects lines into 64 KB chunks for one file stream and honours backpressure: callers
 * `await ready()` between accounts, so memory stays bounded whatever the demo size.
 */
export class BufferedWriter {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private bufferedChars = 0;
  private draining: Promise<void> | undefined;
  private failure: Error | undefined;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.on('error', (err) => {
      this.failure = err;
    });
  }

  writeLine(line: string): void {
    this.buffer.push(line, '\n');
    this.bufferedChars += line.length + 1;
    if (this.bufferedChars >= CHUNK_CHARS) this.flush();
  }

  /** Text as it is, line ends included (mail messages, CRLF calendar lines). */
  write(text: string): void {
    this.buffer.push(text);
    this.bufferedChars += text.length;
    if (this.bufferedChars >= CHUNK_CHARS) this.flush();
  }

  /** Resolves once the stream has room again. */
  async ready(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.draining) await this.draining;
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    this.flush();
    await this.ready();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }

  private flush(): void {
    if (this.bufferedChars === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.bufferedChars = 0;
    if (!this.stream.write(chunk) && !this.draining) {
      this.draining = new Promise<void>((resolve) => {
        this.stream.once('drain', () => {
          this.draining = undefined;
          resolve();
        });
      });
    }
  }
}
