import { afterEach, describe, expect, it } from 'vitest';
import { createTestService, seedDossier, type TestService } from '../helpers';

describe('migration 0006 (evaluation)', () => {
  let t: TestService | undefined;
  afterEach(() => t?.cleanup());

  it('creates STRICT tables whose dossier rows cascade, while improvement points only lose their link', async () => {
    t = await createTestService();
    const db = t.svc.ctx.db();
    expect(Number(db.pragma('user_version', { simple: true }))).toBeGreaterThanOrEqual(6);
    for (const table of ['evaluations', 'aftercare_moments', 'improvement_points', 'retention_policy']) {
      const sql = db
        .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
        .pluck()
        .get(table) as string;
      expect(sql, table).toMatch(/\) STRICT$/);
    }
    const fk = (table: string) =>
      (db.prepare(`PRAGMA foreign_key_list(${table})`).all() as Array<{ table: string; on_delete: string }>)
        .filter((f) => f.table === 'dossiers')
        .map((f) => f.on_delete);
    expect(fk('evaluations')).toEqual(['CASCADE']);
    expect(fk('aftercare_moments')).toEqual(['CASCADE']);
    expect(fk('improvement_points')).toEqual(['SET NULL']);

    // Constraints hold at the database level too, not only in the handlers.
    const s = await seedDossier(t);
    const insert = (audience: string) =>
      db
        .prepare(
          "INSERT INTO evaluations (id, dossier_id, audience, created_at, updated_at) VALUES (lower(hex(randomblob(16))), ?, ?, 'x', 'x')",
        )
        .run(s.dossierId, audience);
    insert('zat');
    expect(() => insert('zat')).toThrow(/UNIQUE/);
    expect(() => insert('iedereen')).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO retention_policy (id, months, justification, updated_at, updated_by) VALUES (1, 0, 'x', 'x', 'x')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
