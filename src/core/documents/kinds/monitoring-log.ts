import type { DocBlock } from '../../../shared/domain/documents';
import {
  MONITORING_ACTION_LABELS,
  MONITORING_STATUS_LABELS,
  PLATFORM_LABELS,
  REACH_LABELS,
  RISK_LABELS,
  TAKEDOWN_CHANNEL_LABELS,
  TAKEDOWN_STATUS_LABELS,
  TONE_LABELS,
  type MonitoringEntry,
  type MonitoringEntryInput,
} from '../../../shared/domain';
import type { CoreContext } from '../../context';
import type { Built, DocData } from './common';
import { dutchDateTime, emptyModel, shortDateTime } from '../model';
import { entryHistory, listEntries, listTakedowns } from '../../monitoring';

const FIELD_LABELS: Record<keyof MonitoringEntryInput, string> = {
  seenAt: 'gezien op',
  seenBy: 'gezien door',
  platform: 'platform',
  location: 'waar',
  description: 'omschrijving',
  reach: 'bereik',
  tone: 'toon',
  risk: 'risico',
  action: 'actie',
  actionNote: 'toelichting actie',
  followUpAt: 'opvolgdatum',
  status: 'status',
};

function changedFields(before: MonitoringEntry, after: MonitoringEntry): string {
  const keys = Object.keys(FIELD_LABELS) as Array<keyof MonitoringEntryInput>;
  return keys
    .filter((k) => before[k] !== after[k])
    .map((k) => FIELD_LABELS[k])
    .join(', ');
}

/**
 * The monitoring log as a document for the police or the ZAT: every observation (its
 * current version, oldest first), every correction with its reason, and the takedown
 * requests with their history. Text only: the log never holds an image.
 */
export function buildMonitoringLog(ctx: CoreContext, data: DocData): Built {
  const db = ctx.db();
  const d = data.detail.dossier;
  const model = emptyModel('monitoring-log', data.school, data.nowIso);
  model.subtitle = `Dossier ${d.number} · gemaakt op ${dutchDateTime(data.nowIso)} door ${ctx.actor()}`;
  model.dateLine = '';
  model.footerNote = `Vertrouwelijk – dossier ${d.number}`;

  const { entries } = listEntries(db, d.id, {}, 1_000_000, 0);
  entries.reverse();
  const takedowns = listTakedowns(db, d.id, false, ctx.now());
  const perPlatform = new Map<string, number>();
  for (const e of entries)
    perPlatform.set(PLATFORM_LABELS[e.platform], (perPlatform.get(PLATFORM_LABELS[e.platform]) ?? 0) + 1);

  const blocks: DocBlock[] = [
    {
      type: 'paragraph',
      text: 'Dit logboek beschrijft in woorden wat de school online heeft waargenomen en waar. Er zijn geen beelden of video’s opgeslagen of bijgevoegd: het bezitten of doorsturen van seksueel beeldmateriaal van een minderjarige is strafbaar. Vastgelegde waarnemingen worden nooit overschreven; een correctie is een nieuwe versie, hieronder apart vermeld.',
      tone: 'muted',
    },
    {
      type: 'fields',
      rows: [
        ['Dossier', `${d.number} – ${d.title}`],
        ['Aantal waarnemingen', String(entries.length)],
        [
          'Periode',
          entries.length
            ? `${shortDateTime(entries[0]?.seenAt ?? '')} t/m ${shortDateTime(entries.at(-1)?.seenAt ?? '')}`
            : '–',
        ],
        ['Per platform', [...perPlatform].map(([p, n]) => `${p}: ${n}`).join(', ') || '–'],
        ['Verwijderverzoeken', String(takedowns.length)],
      ],
    },
    { type: 'heading', text: 'Waarnemingen' },
  ];
  if (entries.length === 0) {
    blocks.push({ type: 'paragraph', text: 'Er zijn nog geen waarnemingen vastgelegd.' });
  } else {
    blocks.push({
      type: 'table',
      columns: [
        'Gezien (wanneer, door wie)',
        'Platform en plek',
        'Wat (in woorden)',
        'Toon · risico · bereik',
        'Actie en status',
      ],
      widths: [2.4, 3.2, 4.2, 2.6, 3.6],
      rows: entries.map((e) => [
        `${shortDateTime(e.seenAt)}\n${e.seenBy}`,
        `${PLATFORM_LABELS[e.platform]}\n${e.location}`,
        e.description + (e.version > 1 ? `\n(versie ${e.version})` : ''),
        `${TONE_LABELS[e.tone]} · ${RISK_LABELS[e.risk]} · ${REACH_LABELS[e.reach]}`,
        [
          MONITORING_ACTION_LABELS[e.action] + (e.actionNote ? `: ${e.actionNote}` : ''),
          MONITORING_STATUS_LABELS[e.status] +
            (e.followUpAt ? `, opvolgen ${shortDateTime(e.followUpAt)}` : ''),
        ].join('\n'),
      ]),
    });
  }

  const corrections: string[][] = [];
  for (const e of entries.filter((x) => x.version > 1)) {
    const versions = entryHistory(db, e.rootId);
    for (let i = 1; i < versions.length; i++) {
      const before = versions[i - 1];
      const after = versions[i];
      if (!before || !after) continue;
      corrections.push([
        `${shortDateTime(before.seenAt)}, ${PLATFORM_LABELS[before.platform]}`,
        String(after.version),
        `${shortDateTime(after.recordedAt)}\n${after.author}`,
        changedFields(before, after),
        after.correctionReason,
      ]);
    }
  }
  if (corrections.length > 0) {
    blocks.push({ type: 'heading', text: 'Correcties' });
    blocks.push({
      type: 'table',
      columns: ['Waarneming', 'Versie', 'Gecorrigeerd op / door', 'Gewijzigd', 'Reden'],
      widths: [3, 1.4, 2.8, 2.6, 4.2],
      rows: corrections,
    });
  }

  blocks.push({ type: 'heading', text: 'Verwijderverzoeken' });
  if (takedowns.length === 0) {
    blocks.push({ type: 'paragraph', text: 'Er zijn geen verwijderverzoeken vastgelegd.' });
  } else {
    blocks.push({
      type: 'table',
      columns: ['Kanaal en platform', 'Waar', 'Aangevraagd, referentie', 'Status', 'Verloop'],
      widths: [2.8, 3.2, 2.8, 2.4, 4.8],
      rows: takedowns.map((t) => [
        `${TAKEDOWN_CHANNEL_LABELS[t.channel]}\n${PLATFORM_LABELS[t.platform]}`,
        t.location,
        `${t.requestedAt ? shortDateTime(t.requestedAt) : 'nog niet aangevraagd'}${t.reference ? `\n${t.reference}` : ''}`,
        TAKEDOWN_STATUS_LABELS[t.status] + (t.followUpAt ? `\nopvolgen ${shortDateTime(t.followUpAt)}` : ''),
        t.events
          .map(
            (ev) =>
              `${shortDateTime(ev.at)} ${ev.actor}: ${TAKEDOWN_STATUS_LABELS[ev.status]}${ev.note ? ` – ${ev.note}` : ''}`,
          )
          .join('\n'),
      ]),
    });
  }

  model.blocks = blocks;
  return {
    model,
    missing: [],
    allowedPersonIds: [],
    allowedNames: [],
    recipientLabel: 'Politie of ZAT (vertrouwelijk)',
  };
}
