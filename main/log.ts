import fs from 'node:fs';
import path from 'node:path';

const MAX_LOG_BYTES = 1_000_000;

/**
 * Reduces an error to what is safe to log: its class name and stack frames (code
 * locations). The message is dropped because it may quote dossier data (a name in a
 * failed query, a file name a user chose).
 */
export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const frames = (err.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 12)
      .join('\n');
    const rawCode: unknown = (err as { code?: unknown }).code;
    const code = typeof rawCode === 'string' ? ` [${rawCode}]` : '';
    return `${err.name}${code}${frames ? `\n${frames}` : ''}`;
  }
  return `non-Error value of type ${typeof err}`;
}

/**
 * An append-only log of operational events (never dossier content) in <userData>/logs.
 * Rotates once at 1 MB. Logging must never take the app down, so write errors are ignored.
 */
export function createFileLog(dir: string): (message: string) => void {
  const file = path.join(dir, 'main.log');
  return (message: string) => {
    const line = `${new Date().toISOString()} ${message.replace(/\r?\n/g, '\n    ')}\n`;
    try {
      fs.mkdirSync(dir, { recursive: true });
      try {
        if (fs.statSync(file).size > MAX_LOG_BYTES) fs.renameSync(file, `${file}.1`);
      } catch {
        // No log file yet.
      }
      fs.appendFileSync(file, line, { mode: 0o600 });
    } catch {
      // Ignore: a full or read-only disk must not turn logging into a crash.
    }
    if (process.env.VANGNET_LOG_STDERR === '1') process.stderr.write(line);
  };
}
