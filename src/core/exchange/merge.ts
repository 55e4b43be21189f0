import type Database from 'better-sqlite3-multiple-ciphers';
import type { DossierFacts } from '../../shared/domain';
import type { ImportChange, ImportConflict, PackageSection } from '../../shared/domain/exchange';
import { errorText, type ErrorPhrase } from '../../shared/errors';
import { STEPS, stepTitleIn } from '../../shared/protocol';
import { currentPinned, pinnedProtocolOf } from '../protocol';
import { dossierRepo as repo } from '../dossiers';
import type { PackageDocument } from './document';
import {
  actionUpdatedAt,
  insertMonitoring,
  keyOf,
  listMonitoring,
  recordHash,
  toPackageAction,
  toPackageConversation,
  toPackagePerson,
  toPackageStep,
  upsertActionRecord,
} from './records';

export type Resolution = 'mijn' | 'hun';

/** One record of a package and what importing it does. */
interface PlanItem {
  key: string;
  section: PackageSection;
  /** What the record is, said in the reader's language (the kind a catalog key, names data). */
  phrase: ErrorPhrase;
  effect: ImportChange['effect'];
  incoming: unknown;
  incomingHash: string;
  incomingAt: string | null;
  local: unknown;
  localAt: string | null;
  write: () => void;
}

export interface Plan {
  dossierExists: boolean;
  items: PlanItem[];
  conflicts: ImportConflict[];
}

const day = (iso: string | null): string | ErrorPhrase[] =>
  iso ? iso.slice(0, 16).replace('T', ' ') : [{ key: 'IMPORT_RECORD_NO_DATE' }];

function base(
  db: Database.Database,
  dossierId: string,
  key: string,
): { hash: string; updated_at: string | null } | undefined {
  return db
    .prepare('SELECT hash, updated_at FROM exchange_base WHERE dossier_id = ? AND record_key = ?')
    .get(dossierId, key) as { hash: string; updated_at: string | null } | undefined;
}

function summarize(v: unknown): string {
  if (!v || typeof v !== 'object') return '';
  const o = v as Record<string, unknown>;
  const parts = ['status', 'owner', 'name', 'role', 'wat', 'wie', 'withWhom', 'summary', 'title', 'notes']
    .filter((k) => typeof o[k] === 'string' && o[k])
    .map((k) => String(o[k]).slice(0, 120));
  return parts.join(' · ');
}

/**
 * Works out, without writing, what a package changes in this vault. Court-safe records
 * (logbook, monitoring log) are added by id and never changed. Editable records follow the
 * last exchanged version (`exchange_base`): if only one side changed it since, that side wins;
 * an older version arriving late is kept in history only; if both changed it, it is a conflict.
 */
export function planImport(db: Database.Database, doc: PackageDocument): Plan {
  const dossierId = doc.dossier.id;
  const dossierExists = !!db.prepare('SELECT 1 FROM dossiers WHERE id = ?').get(dossierId);
  const items: PlanItem[] = [];
  const conflicts: ImportConflict[] = [];

  const editable = (
    section: PackageSection,
    key: string,
    phrase: ErrorPhrase,
    incoming: unknown,
    incomingAt: string | null,
    local: unknown,
    localAt: string | null,
    write: () => void,
  ) => {
    const ih = recordHash(incoming);
    let effect: ImportChange['effect'];
    if (local === undefined) effect = 'nieuw';
    else {
      const lh = recordHash(local);
      const b = dossierExists ? base(db, dossierId, key) : undefined;
      if (lh === ih) effect = 'ongewijzigd';
      else if (b && ih === b.hash) effect = 'ongewijzigd';
      else if (b && incomingAt && b.updated_at && incomingAt < b.updated_at) effect = 'ouder';
      else if (!b && incomingAt && localAt && incomingAt < localAt) effect = 'ouder';
      else if (!b || lh === b.hash) effect = 'bijgewerkt';
      else effect = 'conflict';
    }
    items.push({
      key,
      section,
      phrase,
      effect,
      incoming,
      incomingHash: ih,
      incomingAt,
      local,
      localAt,
      write,
    });
    if (effect === 'conflict') {
      conflicts.push({
        key,
        label: errorText(phrase.key, phrase.params),
        phrase,
        mine: { updatedAt: localAt, summary: summarize(local) },
        theirs: { updatedAt: incomingAt, summary: summarize(incoming) },
      });
    }
  };

  const appendOnly = (
    section: PackageSection,
    key: string,
    phrase: ErrorPhrase,
    exists: boolean,
    incoming: unknown,
    write: () => void,
  ) => {
    items.push({
      key,
      section,
      phrase,
      effect: exists ? 'ongewijzigd' : 'nieuw',
      incoming,
      incomingHash: recordHash(incoming),
      incomingAt: null,
      local: undefined,
      localAt: null,
      write,
    });
  };

  if (doc.facts) {
    const facts = doc.facts;
    let local: DossierFacts | undefined;
    let localAt: string | null = null;
    if (dossierExists) {
      const d = repo.getDossierRow(db, dossierId);
      local = {
        title: d.title,
        discoveredAt: d.discoveredAt,
        howDiscovered: d.howDiscovered,
        materialKind: d.materialKind,
        voluntariness: d.voluntariness,
        spread: d.spread,
        lead: d.lead,
        victimNeeds: d.victimNeeds,
        summary: d.summary,
      };
      localAt = d.updatedAt;
    }
    editable(
      'feiten',
      keyOf.facts(),
      { key: 'IMPORT_RECORD_FACTS' },
      facts,
      doc.dossier.updatedAt,
      local,
      localAt,
      () => repo.updateDossierFacts(db, dossierId, facts, doc.dossier.updatedAt),
    );
  }

  for (const p of doc.persons) {
    const local = dossierExists ? repo.listPersons(db, dossierId).find((x) => x.id === p.id) : undefined;
    editable(
      'personen',
      keyOf.person(p),
      { key: 'IMPORT_RECORD_PERSON', params: { name: p.name } },
      p,
      p.updatedAt,
      local && toPackagePerson(local),
      local?.updatedAt ?? null,
      () => repo.upsertPerson(db, { ...p, dossierId }),
    );
  }
  const localSteps = dossierExists
    ? new Map(repo.listSteps(db, dossierId).map((s) => [s.stepId, s]))
    : new Map();
  // Titles as this school knows the steps: the dossier's own version, else the current one.
  const titles = dossierExists ? pinnedProtocolOf(db, dossierId) : currentPinned(db);
  const stepTitle = (id: string) => stepTitleIn(titles, id, STEPS);
  for (const s of doc.steps) {
    const local = localSteps.get(s.stepId);
    editable(
      'stappen',
      keyOf.step(s),
      { key: 'IMPORT_RECORD_STEP', params: { title: stepTitle(s.stepId) } },
      s,
      s.updatedAt,
      local && toPackageStep(local),
      local?.updatedAt ?? null,
      // The package's record was validated as the step's typed record (PackageStepSchema).
      () => repo.upsertStep(db, { ...s, dossierId, updatedAt: s.updatedAt ?? doc.createdAt }),
    );
  }
  const localActions = dossierExists
    ? new Map(repo.listActions(db, dossierId).map((a) => [a.id, toPackageAction(a)]))
    : new Map();
  for (const a of doc.actions) {
    const local = localActions.get(a.id);
    editable(
      'acties',
      keyOf.action(a),
      { key: 'IMPORT_RECORD_ACTION', params: { what: a.wat } },
      a,
      actionUpdatedAt(a),
      local,
      local ? actionUpdatedAt(local) : null,
      () => upsertActionRecord(db, dossierId, a),
    );
  }
  const localConv = dossierExists
    ? new Map(repo.listConversations(db, dossierId).map((c) => [c.id, toPackageConversation(c)]))
    : new Map();
  for (const c of doc.conversations) {
    const local = localConv.get(c.id);
    editable(
      'gesprekken',
      keyOf.conversation(c),
      { key: 'IMPORT_RECORD_CONVERSATION', params: { withWhom: c.withWhom } },
      c,
      c.updatedAt,
      local,
      local?.updatedAt ?? null,
      () =>
        repo.upsertConversation(db, {
          ...c,
          personIds: c.personIds.filter((id) => doc.persons.some((p) => p.id === id) || personExists(db, id)),
          dossierId,
        }),
    );
  }
  const localLog = dossierExists
    ? new Set(repo.listChronology(db, dossierId).map((e) => e.id))
    : new Set<string>();
  for (const e of [...doc.chronology].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))) {
    appendOnly(
      'logboek',
      keyOf.log(e),
      { key: 'IMPORT_RECORD_LOG', params: { at: day(e.occurredAt), author: e.author } },
      localLog.has(e.id),
      e,
      () => repo.appendChronology(db, { ...e, dossierId }),
    );
  }
  const localMon = dossierExists
    ? new Set(listMonitoring(db, dossierId).map((m) => m.id))
    : new Set<string>();
  for (const m of [...doc.monitoring].sort(
    (a, b) => a.version - b.version || a.recordedAt.localeCompare(b.recordedAt),
  )) {
    appendOnly(
      'monitoring',
      keyOf.monitoring(m),
      { key: 'IMPORT_RECORD_MONITORING', params: { platform: m.platform, at: day(m.seenAt) } },
      localMon.has(m.id),
      m,
      () => insertMonitoring(db, dossierId, m),
    );
  }
  return { dossierExists, items, conflicts };
}

function personExists(db: Database.Database, id: string): boolean {
  return !!db.prepare('SELECT 1 FROM persons WHERE id = ?').get(id);
}

export interface ApplyCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes a plan (inside the caller's transaction). Replaced and passed-over versions are kept
 * in `exchange_history`, so both sides of every merge stay visible.
 */
export function applyPlan(
  db: Database.Database,
  doc: PackageDocument,
  plan: Plan,
  resolutions: Record<string, Resolution>,
  at: string,
  newId: () => string,
): ApplyCounts {
  const dossierId = doc.dossier.id;
  const counts: ApplyCounts = { added: 0, updated: 0, unchanged: 0 };
  const history = db.prepare(
    `INSERT INTO exchange_history (id, dossier_id, record_key, source, package_id, value_json, updated_at, kept_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const setBase = db.prepare(
    `INSERT INTO exchange_base (dossier_id, record_key, hash, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(dossier_id, record_key) DO UPDATE SET hash = excluded.hash, updated_at = excluded.updated_at`,
  );
  const keep = (item: PlanItem, source: 'lokaal' | 'ontvangen') => {
    const v = source === 'lokaal' ? item.local : item.incoming;
    history.run(
      newId(),
      dossierId,
      item.key,
      source,
      doc.packageId,
      JSON.stringify(v),
      source === 'lokaal' ? item.localAt : item.incomingAt,
      at,
    );
  };
  for (const item of plan.items) {
    let effect = item.effect;
    if (effect === 'conflict') effect = resolutions[item.key] === 'hun' ? 'bijgewerkt' : 'ouder';
    switch (effect) {
      case 'nieuw':
        item.write();
        counts.added++;
        break;
      case 'bijgewerkt':
        keep(item, 'lokaal');
        item.write();
        counts.updated++;
        break;
      case 'ouder':
        keep(item, 'ontvangen');
        counts.unchanged++;
        break;
      case 'ongewijzigd':
        counts.unchanged++;
        break;
    }
    // The version both sides now know: later changes on either side are measured against it.
    const isNewerBase =
      item.effect !== 'ouder' || item.key.startsWith('log:') || item.key.startsWith('monitoring:');
    if (isNewerBase) setBase.run(dossierId, item.key, item.incomingHash, item.incomingAt);
  }
  return counts;
}
