import type Database from 'better-sqlite3-multiple-ciphers';
import * as repo from '../../src/core/dossiers/repository';
import { insertEntry } from '../../src/core/monitoring/repository';
import { appendAudit } from '../../src/core/vault';
import {
  MONITORING_ACTIONS,
  MONITORING_STATUSES,
  PLATFORMS,
  REACH_LEVELS,
  RISK_LEVELS,
  TONES,
  emptyPersonInput,
  type PersonRole,
} from '../../src/shared/domain';
import { STEPS, emptyStepRecord } from '../../src/shared/protocol';
import { prng } from './measure';

export interface DatasetSize {
  dossiers: number;
  /** Logbook entries, spread over the dossiers. */
  chronology: number;
  /** Monitoring-log entries, spread over the dossiers. */
  monitoring: number;
}

export interface Dataset {
  dossierIds: string[];
  /** Words that occur in the data, for realistic searches. */
  searchTerms: { common: string; rare: string; name: string; twoWords: string };
}

const FIRST = [
  'Floor',
  'Daan',
  'Sanne',
  'Milan',
  'Noor',
  'Luuk',
  'Emma',
  'Sem',
  'Julia',
  'Bram',
  'Lotte',
  'Thijs',
  'Fenna',
  'Jesse',
  'Yara',
  'Mohamed',
  'Aylin',
  'Kevin',
];
const LAST = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'de Boer',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Yilmaz',
  'El Amrani',
  'Kuipers',
  'Vermeulen',
];
const WORDS = [
  'gesprek',
  'mentor',
  'groepsapp',
  'ouders',
  'gebeld',
  'afspraak',
  'klas',
  'foto',
  'doorgestuurd',
  'verwijderd',
  'politie',
  'wijkagent',
  'melding',
  'slachtoffer',
  'steun',
  'buddy',
  'pauze',
  'kantine',
  'schoolplein',
  'snapchat',
  'instagram',
  'tiktok',
  'screenshot',
  'verspreid',
  'teruggekoppeld',
  'vertrouwenspersoon',
  'zorgteam',
  'nazorg',
  'huisbezoek',
  'leerplicht',
  'schaamte',
  'boos',
  'verdrietig',
  'rustig',
  'veilig',
  'afgesproken',
  'morgen',
  'vandaag',
];
const RARE = 'zeldzaamwoordxq';

const ISO = (ms: number) => new Date(ms).toISOString();

/**
 * Seeds a realistic vault: dossiers with persons, step states, actions, a conversation, logbook
 * and monitoring entries. Direct repository inserts in large transactions (every trigger and the
 * search index active), so seeding measures the database, not 200,000 fsyncs. Same PRNG seed,
 * same data, for the encrypted and the plain database.
 */
export function seedDataset(
  db: Database.Database,
  size: DatasetSize,
  author = 'Bench Zorgcoördinator',
): Dataset {
  const rand = prng(20261128);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const uuid = () => {
    const h = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  const start = Date.parse('2024-09-01T08:00:00Z');
  const span = 2 * 365 * 24 * 3600 * 1000;
  const dossierIds: string[] = [];
  const discovered: number[] = [];

  const batch = (n: number, fn: (i: number) => void, per = 5_000) => {
    for (let from = 0; from < n; from += per) {
      db.transaction(() => {
        for (let i = from; i < Math.min(n, from + per); i++) fn(i);
      })();
    }
  };

  batch(size.dossiers, (i) => {
    const id = uuid();
    const at = start + Math.floor((i / size.dossiers) * span);
    dossierIds.push(id);
    discovered.push(at);
    const year = new Date(at).getUTCFullYear();
    const status = i < size.dossiers * 0.1 ? 'open' : i < size.dossiers * 0.2 ? 'nazorg' : 'gesloten';
    const victim = `${pick(FIRST)} ${pick(LAST)}`;
    repo.insertDossier(db, {
      id,
      number: `${year}-${String(i + 1).padStart(4, '0')}`,
      title: `${pick(['Naaktfoto', 'Seksfilmpje', 'Sexting'])} ${sentence(3)}`,
      discoveredAt: ISO(at),
      howDiscovered: sentence(12),
      materialKind: pick(['foto', 'video', 'foto-en-video', 'onbekend'] as const),
      voluntariness: pick(['onbekend', 'ja', 'nee', 'gedwongen'] as const),
      spread: { pupils: Math.floor(rand() * 200), groups: Math.floor(rand() * 5), platforms: ['snapchat'] },
      status,
      lead: 'Bench Zorgcoördinator',
      victimNeeds: sentence(20),
      summary: sentence(40),
      otherSchoolInvolved: rand() < 0.2,
      createdAt: ISO(at),
      updatedAt: ISO(at),
      closedAt: status === 'gesloten' ? ISO(at + 60 * 24 * 3600 * 1000) : null,
    });
    const roles: PersonRole[] = ['slachtoffer', 'dader', 'ouder'];
    for (const role of roles) {
      repo.upsertPerson(db, {
        ...emptyPersonInput({
          role,
          name: role === 'slachtoffer' ? victim : `${pick(FIRST)} ${pick(LAST)}`,
          className: `${1 + Math.floor(rand() * 6)}${pick(['A', 'B', 'C'])}`,
          phone: '06-12345678',
          notes: sentence(15),
        }),
        id: uuid(),
        dossierId: id,
        createdAt: ISO(at),
        updatedAt: ISO(at),
      });
    }
    // Step states: done for closed dossiers, part-way for open ones.
    const done = status === 'gesloten' ? STEPS.length : Math.floor(rand() * STEPS.length);
    STEPS.forEach((step, k) => {
      if (k > done + 2) return;
      repo.upsertStep(db, {
        dossierId: id,
        stepId: step.id,
        status: k < done ? 'gedaan' : k === done ? 'bezig' : 'open',
        nvtReason: '',
        owner: 'Bench Zorgcoördinator',
        dueAt: ISO(at + (k + 1) * 24 * 3600 * 1000),
        notes: k % 3 === 0 ? sentence(10) : '',
        data: emptyStepRecord(step.id),
        updatedAt: ISO(at),
      });
    });
    for (let a = 0; a < 2; a++) {
      repo.insertAction(db, {
        id: uuid(),
        dossierId: id,
        stepId: null,
        wie: 'Mentor',
        wat: sentence(8),
        wanneer: ISO(at + (a + 2) * 24 * 3600 * 1000),
        waar: 'school',
        hoe: '',
        createdAt: ISO(at),
      });
    }
  });

  batch(size.chronology, (i) => {
    const d = Math.floor(rand() * dossierIds.length);
    const at = (discovered[d] ?? start) + Math.floor(rand() * 90 * 24 * 3600 * 1000);
    repo.appendChronology(db, {
      id: uuid(),
      dossierId: dossierIds[d]!,
      occurredAt: ISO(at),
      recordedAt: ISO(at),
      author,
      kind: 'notitie',
      text: `${sentence(10 + Math.floor(rand() * 30))}${i % 5000 === 0 ? ` ${RARE}` : ''}`,
      correctsId: null,
    });
  });

  batch(size.monitoring, () => {
    const d = Math.floor(rand() * dossierIds.length);
    const id = uuid();
    const at = (discovered[d] ?? start) + Math.floor(rand() * 60 * 24 * 3600 * 1000);
    insertEntry(db, {
      id,
      dossierId: dossierIds[d]!,
      rootId: id,
      version: 1,
      seenAt: ISO(at),
      seenBy: 'Mentor',
      platform: pick(PLATFORMS),
      location: `groep ${pick(WORDS)} ${Math.floor(rand() * 1000)}`,
      description: sentence(12),
      reach: pick(REACH_LEVELS),
      tone: pick(TONES),
      risk: pick(RISK_LEVELS),
      action: pick(MONITORING_ACTIONS),
      actionNote: '',
      followUpAt: null,
      status: pick(MONITORING_STATUSES),
      recordedAt: ISO(at),
      author,
      correctsId: null,
      correctionReason: '',
    });
  });

  // One audit record for the whole seed keeps the chain valid.
  appendAudit(db, {
    at: ISO(Date.now()),
    actor: author,
    action: 'bench_seed',
    dossierId: null,
    details: 'Benchmarkgegevens',
  });

  return {
    dossierIds,
    searchTerms: { common: 'groepsapp', rare: RARE, name: 'Vermeulen', twoWords: 'wijkagent schaamte' },
  };
}
