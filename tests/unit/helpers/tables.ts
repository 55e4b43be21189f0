import type Database from 'better-sqlite3-multiple-ciphers';

/** User tables of a vault (no sqlite_* internals, no FTS5 shadow tables). */
export function userTables(db: Database.Database): string[] {
  const fts = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    .pluck()
    .all() as string[];
  const shadow = (n: string) => fts.some((v) => n.startsWith(`${v}_`));
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[]
  ).filter((n) => !shadow(n));
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Row count of every user table: to prove "nothing was written". */
export function tableCounts(db: Database.Database): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of userTables(db))
    out[t] = Number(
      db
        .prepare(`SELECT count(*) FROM ${q(t)}`)
        .pluck()
        .get(),
    );
  return out;
}

/** Full content of every user table, rows in a stable order: to prove a round trip lost nothing. */
export function tableContents(db: Database.Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of userTables(db)) {
    const rows = db.prepare(`SELECT * FROM ${q(t)}`).all() as Record<string, unknown>[];
    out[t] = rows
      .map((r) =>
        JSON.stringify(r, (_k, v: unknown) =>
          Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? v.toString() : v,
        ),
      )
      .sort();
  }
  return out;
}
