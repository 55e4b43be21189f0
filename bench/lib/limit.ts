import crypto from 'node:crypto';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * The physical limit of an encrypted page store: what it costs to decrypt (or encrypt) and
 * authenticate one page with the vault's algorithms, measured with Node's crypto (OpenSSL,
 * AES-NI where the CPU has it) on this machine. SQLCipher 4 per page: AES-256-CBC over the
 * page minus its reserve, with the page's own random IV, then HMAC over ciphertext + IV +
 * page number; the reserve (IV + MAC, rounded up to the AES block) is stored at the page end.
 *
 * "Plain + pages × this cost" is the least an encrypted read or write can take; an encrypted
 * row's time divided by that limit says how much the codec adds beyond the cryptography.
 */
export type HmacAlgorithm = 'sha512' | 'sha256' | 'sha1';

export interface CipherCost {
  pageSize: number;
  hmac: HmacAlgorithm;
  /** Pages processed per direction in this measurement. */
  pages: number;
  /** Median over rounds, microseconds per page. */
  decryptUsPerPage: number;
  encryptUsPerPage: number;
  /** Decrypt throughput, MB/s of page data. */
  decryptMBps: number;
}

const HMAC_BYTES: Record<HmacAlgorithm, number> = { sha512: 64, sha256: 32, sha1: 20 };

/** SQLCipher's per-page reserve: IV (16) + HMAC, rounded up to the 16-byte AES block. */
export function reserveBytes(hmac: HmacAlgorithm): number {
  return Math.ceil((16 + HMAC_BYTES[hmac]) / 16) * 16;
}

/** Page-level cipher work with the vault's algorithms: decrypt + verify, or encrypt + MAC, n pages. */
export interface CipherWorker {
  decrypt(n: number): void;
  encrypt(n: number): void;
}

export function cipherWorker(pageSize: number, hmac: HmacAlgorithm): CipherWorker {
  const key = crypto.randomBytes(32);
  const macKey = crypto.randomBytes(32);
  const body = pageSize - reserveBytes(hmac);
  // A pool of distinct pages, used round-robin, so the data is not one hot buffer.
  const POOL = 256;
  const plainPages = Array.from({ length: POOL }, () => crypto.randomBytes(body));
  const ivs = Array.from({ length: POOL }, () => crypto.randomBytes(16));
  const pgno = Buffer.alloc(4);
  let sink = 0;
  const encryptPage = (i: number): { ct: Buffer; mac: Buffer } => {
    const c = crypto.createCipheriv('aes-256-cbc', key, ivs[i % POOL]!);
    c.setAutoPadding(false);
    const ct = Buffer.concat([c.update(plainPages[i % POOL]!), c.final()]);
    pgno.writeUInt32LE((i % POOL) + 1);
    const mac = crypto.createHmac(hmac, macKey).update(ct).update(ivs[i % POOL]!).update(pgno).digest();
    return { ct, mac };
  };
  const encrypted = Array.from({ length: POOL }, (_, i) => encryptPage(i));
  return {
    encrypt(n) {
      for (let i = 0; i < n; i++) sink += encryptPage(i).mac[0] ?? 0;
    },
    decrypt(n) {
      for (let i = 0; i < n; i++) {
        const e = encrypted[i % POOL]!;
        pgno.writeUInt32LE((i % POOL) + 1);
        const mac = crypto.createHmac(hmac, macKey).update(e.ct).update(ivs[i % POOL]!).update(pgno).digest();
        if (!crypto.timingSafeEqual(mac, e.mac)) throw new Error('limit: MAC mismatch');
        const d = crypto.createDecipheriv('aes-256-cbc', key, ivs[i % POOL]!);
        d.setAutoPadding(false);
        sink += d.update(e.ct)[0] ?? 0;
        d.final();
      }
      if (sink < 0) throw new Error('unreachable');
    },
  };
}

/** Encrypts, then decrypts + verifies, `pages` pages `rounds` times; medians per page. */
export function measureCipherCost(
  pageSize: number,
  hmac: HmacAlgorithm,
  pages: number,
  rounds = 3,
): CipherCost {
  const w = cipherWorker(pageSize, hmac);
  // Warm-up: OpenSSL's first contexts and V8's compilation are not a page's cost.
  w.encrypt(Math.min(pages, 2_000));
  w.decrypt(Math.min(pages, 2_000));
  const encT: number[] = [];
  const decT: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    w.encrypt(pages);
    encT.push(performance.now() - t0);
    t0 = performance.now();
    w.decrypt(pages);
    decT.push(performance.now() - t0);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const perPage = (ms: number) => Math.round(((ms * 1000) / pages) * 1000) / 1000;
  const dec = median(decT);
  return {
    pageSize,
    hmac,
    pages,
    decryptUsPerPage: perPage(dec),
    encryptUsPerPage: perPage(median(encT)),
    decryptMBps: Math.round((pages * pageSize) / 1e6 / (dec / 1000)),
  };
}

/** Bytes this process read/wrote through system calls (Linux /proc/self/io), or null elsewhere. */
export interface IoCount {
  rchar: number;
  wchar: number;
  /** Bytes of /proc/self/io text this snapshot read (counted in the next snapshot's rchar). */
  self: number;
}

export function ioCount(): IoCount | null {
  try {
    const text = fs.readFileSync('/proc/self/io', 'latin1');
    const get = (k: string) => Number(new RegExp(`^${k}: (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
    const r = { rchar: get('rchar'), wchar: get('wchar'), self: text.length };
    return Number.isFinite(r.rchar) && Number.isFinite(r.wchar) ? r : null;
  } catch {
    return null;
  }
}

/**
 * Pages one call of `fn` read from and wrote to the database files, averaged over `runs`
 * calls. SQLite reads and writes whole pages with one system call each (WAL frames add a
 * 24-byte header), so bytes / page size counts the pages the codec had to decrypt (page-cache
 * misses) and encrypt (frames written). Null where /proc/self/io does not exist.
 */
export function countPages(
  fn: (i: number) => unknown,
  pageSize: number,
  runs = 5,
): { readPages: number; writtenPages: number } | null {
  let read = 0;
  let written = 0;
  for (let i = 0; i < runs; i++) {
    const a = ioCount();
    fn(i);
    const b = ioCount();
    if (!a || !b) return null;
    read += b.rchar - a.rchar - a.self;
    written += b.wchar - a.wchar;
  }
  return {
    readPages: Math.round((read / runs / pageSize) * 10) / 10,
    writtenPages: Math.round((written / runs / (pageSize + 24)) * 10) / 10,
  };
}
