import fs from 'node:fs';
import path from 'node:path';

export interface ScanHit {
  file: string;
  needle: string;
  encoding: 'utf8' | 'utf16le' | 'utf8-lowercase';
  offset: number;
}

/**
 * Every regular file under the given folders (recursively; missing folders and files that
 * vanish or cannot be read mid-scan are skipped: os.tmpdir() is shared with other processes).
 */
export function listFiles(dirs: string[], filter: (file: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && filter(p)) out.push(p);
    }
  };
  for (const d of dirs) walk(d);
  return out;
}

/**
 * Looks for each string in the raw bytes of every file: as UTF-8, as UTF-16LE (how SQLite and
 * Windows tools may store text) and lower-cased UTF-8 (FTS tokenizers fold case). A hit means
 * the text is readable at rest without any key.
 */
export function scanForStrings(
  dirs: string[],
  strings: string[],
  opts: { filter?: (file: string) => boolean; maxFileBytes?: number } = {},
): ScanHit[] {
  const needles = strings.filter((s) => s.length >= 4);
  const patterns: Array<{ needle: string; encoding: ScanHit['encoding']; bytes: Buffer }> = [];
  for (const n of needles) {
    patterns.push({ needle: n, encoding: 'utf8', bytes: Buffer.from(n, 'utf8') });
    patterns.push({ needle: n, encoding: 'utf16le', bytes: Buffer.from(n, 'utf16le') });
    if (n.toLowerCase() !== n)
      patterns.push({ needle: n, encoding: 'utf8-lowercase', bytes: Buffer.from(n.toLowerCase(), 'utf8') });
  }
  const hits: ScanHit[] = [];
  const max = opts.maxFileBytes ?? 512 * 1024 * 1024;
  for (const file of listFiles(dirs, opts.filter)) {
    let buf: Buffer;
    try {
      const st = fs.statSync(file);
      if (st.size > max) continue;
      buf = fs.readFileSync(file);
    } catch {
      continue;
    }
    for (const p of patterns) {
      const at = buf.indexOf(p.bytes);
      if (at >= 0) hits.push({ file, needle: p.needle, encoding: p.encoding, offset: at });
    }
  }
  return hits;
}

/** Readable summary for assertion messages. */
export function describeHits(hits: ScanHit[]): string {
  return hits.map((h) => `${h.file} @${h.offset}: "${h.needle}" (${h.encoding})`).join('\n');
}

export type FileSnapshot = Map<string, { bytes: Buffer; mtimeMs: number }>;

/** Bytes and mtime of every file under dir: to prove "nothing was changed". */
export function snapshotFiles(dir: string): FileSnapshot {
  const out: FileSnapshot = new Map();
  for (const f of listFiles([dir])) {
    out.set(path.relative(dir, f), { bytes: fs.readFileSync(f), mtimeMs: fs.statSync(f).mtimeMs });
  }
  return out;
}

/** Throws with the first difference between two snapshots. */
export function expectSameFiles(before: FileSnapshot, after: FileSnapshot): void {
  const a = [...before.keys()].sort().join(', ');
  const b = [...after.keys()].sort().join(', ');
  if (a !== b) throw new Error(`files differ: before [${a}] after [${b}]`);
  for (const [k, v] of before) {
    const w = after.get(k)!;
    if (!w.bytes.equals(v.bytes)) throw new Error(`${k}: content changed`);
    if (w.mtimeMs !== v.mtimeMs) throw new Error(`${k}: modified`);
  }
}
