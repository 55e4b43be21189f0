import { z } from 'zod';
import type { ErrorKey } from '../errors';
import { IdSchema, IsoDateSchema, UtcDateTimeSchema, longText, mediumText, shortText } from '../domain/common';
import {
  PLATFORMS,
  PLATFORM_LABELS,
  TAKEDOWN_CHANNELS,
  TAKEDOWN_CHANNEL_LABELS,
  TAKEDOWN_STATUSES,
  TAKEDOWN_STATUS_LABELS,
} from '../domain/monitoring';
import { MATERIAL_KINDS, MATERIAL_KIND_LABELS } from '../domain/material';
import { PACKAGE_KINDS, PACKAGE_KIND_LABELS, PACKAGE_SECTIONS, PACKAGE_SECTION_LABELS } from '../domain/exchange';
import { documentDelivery } from '../domain/documents';
import { REPORT_DECISION_IDS } from './records';
import { isStepId, type StepId } from './step-ids';

/**
 * The dossier's chronology tells what happened, not which buttons were pressed. Every
 * meaningful act writes one typed event into the logbook in the same transaction as the act
 * (src/core/dossiers/write.ts). The payload is validated here; its Dutch sentence is made in
 * ONE place (`describeEvent`) and stored with the row, so the logbook reads the same forever
 * (court-safe) while filters, the overview PDF and the exchange package use the typed payload.
 *
 * Payloads never hold third parties' details beyond what the act itself is about (buddies are
 * counted, not named).
 */

const STEP_STATUSES = ['open', 'bezig', 'gedaan', 'nvt'] as const;
const STEP_STATUS_WORDS: Record<(typeof STEP_STATUSES)[number], string> = {
  open: 'open',
  bezig: 'bezig',
  gedaan: 'gedaan',
  nvt: 'niet van toepassing',
};
const StepRefSchema = z
  .string()
  .max(80)
  .refine((s): s is StepId => isStepId(s), { error: 'Onbekende stap.' });
const name = shortText('Naam');
const note = mediumText('Toelichting');

/** What a dossier still had open when it was closed anyway (close dialog), per category. */
export const OPEN_WORK_CATEGORIES = ['stappen', 'verwijderverzoeken', 'evaluaties', 'nazorg', 'acties'] as const;
export type OpenWorkCategory = (typeof OPEN_WORK_CATEGORIES)[number];
export const OPEN_WORK_LABELS: Record<OpenWorkCategory, string> = {
  stappen: 'Open stappen',
  verwijderverzoeken: 'Lopende verwijderverzoeken',
  evaluaties: 'Evaluaties niet afgerond',
  nazorg: 'Nazorg niet gepland',
  acties: 'Acties niet afgerond',
};
/**
 * The same categories as catalog phrases (src/shared/i18n/errors.*.ts, in lower case): said in
 * the reader's language by the refusal to close and by the close dialog (renderer).
 */
export const OPEN_WORK_PHRASES: Readonly<Record<OpenWorkCategory, ErrorKey>> = {
  stappen: 'OPEN_WORK_STAPPEN',
  verwijderverzoeken: 'OPEN_WORK_VERWIJDERVERZOEKEN',
  evaluaties: 'OPEN_WORK_EVALUATIES',
  nazorg: 'OPEN_WORK_NAZORG',
  acties: 'OPEN_WORK_ACTIES',
};

export const MONITORING_MILESTONES = ['eerste-waarneming', 'hoog-risico', 'naar-politie'] as const;
export type MonitoringMilestone = (typeof MONITORING_MILESTONES)[number];

const ev = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape }).strict();

/** One planned aftercare moment as the logbook tells it: for whom and when (not who calls). */
const PlannedMomentSchema = z.object({ momentId: IdSchema, label: name, dueAt: UtcDateTimeSchema }).strict();

export const DossierEventSchema = z.discriminatedUnion('type', [
  ev('dossier.created', {
    number: z.string().max(40),
    title: name,
    lead: name,
    howDiscovered: mediumText('Hoe aan het licht gekomen'),
    materialKind: z.enum(MATERIAL_KINDS),
    otherSchoolInvolved: z.boolean(),
    protocolVersion: z.number().int().min(1),
  }),
  /** "Andere school betrokken" set or unset: the steps for working with that school follow it. */
  ev('dossier.otherSchool', { involved: z.boolean() }),
  ev('conversation.held', {
    conversationId: IdSchema,
    withWhom: name,
    heldBy: name,
    heldAt: UtcDateTimeSchema,
    stepId: StepRefSchema.nullable(),
  }),
  ev('police.consulted', { officer: name, contactedAt: UtcDateTimeSchema.nullable() }),
  ev('police.decided', { decision: z.enum(REPORT_DECISION_IDS), reference: name, decidedBy: name }),
  ev('takedown.requested', {
    takedownId: IdSchema,
    platform: z.enum(PLATFORMS),
    channel: z.enum(TAKEDOWN_CHANNELS),
    reference: name,
  }),
  ev('takedown.answered', { takedownId: IdSchema, platform: z.enum(PLATFORMS), status: z.enum(TAKEDOWN_STATUSES), note }),
  ev('takedown.removed', { takedownId: IdSchema, platform: z.enum(PLATFORMS) }),
  ev('monitoring.milestone', { entryId: IdSchema, milestone: z.enum(MONITORING_MILESTONES), platform: z.enum(PLATFORMS) }),
  ev('statement.published', { version: z.number().int().min(1) }),
  ev('document.produced', {
    documentKind: z.string().max(60),
    label: name,
    audience: z.string().max(60),
    delivery: z.enum(['opgeslagen', 'afgedrukt']),
    /** Generic, never names: "Ouders/verzorgers van klas 2B (28 brieven)". */
    recipients: mediumText('Ontvangers'),
    recipientCount: z.number().int().min(0).max(100_000),
    /** Whether the saved file is a PDF; absent in events made before it was recorded. */
    pdf: z.boolean().optional(),
  }),
  ev('buddies.chosen', { count: z.number().int().min(1).max(50) }),
  ev('restperiod.set', { from: IsoDateSchema.nullable(), to: IsoDateSchema.nullable() }),
  ev('evaluation.completed', { audience: z.string().max(40), label: name }),
  ev('aftercare.planned', { moments: z.array(PlannedMomentSchema).min(1).max(100) }),
  ev('aftercare.reopened', { momentId: IdSchema, label: name }),
  ev('aftercare.cancelled', { momentId: IdSchema, label: name, dueAt: UtcDateTimeSchema }),
  ev('action.done', { actionId: IdSchema, what: mediumText('Wat'), who: name, done: z.boolean(), stepId: StepRefSchema.nullable() }),
  ev('aftercare.done', { momentId: IdSchema, label: name, outcome: longText('Hoe gaat het nu'), needs: note }),
  ev('dossier.closed', {
    reason: note,
    openWork: z
      .array(z.object({ category: z.enum(OPEN_WORK_CATEGORIES), count: z.number().int().min(1), reason: note }).strict())
      .max(OPEN_WORK_CATEGORIES.length),
  }),
  ev('dossier.reopened', { from: z.enum(['nazorg', 'gesloten']), reason: note }),
  ev('dossier.aftercare', { reason: note }),
  /** A package with (part of) this dossier saved for another Vangnet: handover, sharing or an update. */
  ev('package.sent', {
    packageId: IdSchema,
    kind: z.enum(PACKAGE_KINDS),
    /** The recipients' names, or "Ontvanger met eenmalige wachtwoordzin". */
    counterpart: mediumText('Ontvanger'),
    sections: z.array(z.enum(PACKAGE_SECTIONS)).max(PACKAGE_SECTIONS.length),
    /** A handover where this Vangnet stays co-owner (else this copy becomes read-only). */
    keepAsCoOwner: z.boolean(),
    sender: name,
  }),
  /** A package from another Vangnet merged into this dossier (or that created it). */
  ev('package.received', {
    packageId: IdSchema,
    kind: z.enum(PACKAGE_KINDS),
    from: name,
    packageCreatedAt: UtcDateTimeSchema,
    /** The sender's dossier number when the package created this dossier here. */
    senderDossierNumber: z.string().max(40).nullable(),
    added: z.number().int().min(0),
    updated: z.number().int().min(0),
    senderVerified: z.boolean(),
    fingerprint: z.string().max(80),
  }),
  /** The dossier moved to a newer version of the school's protocol. */
  ev('protocol.moved', {
    fromVersion: z.number().int().min(1),
    toVersion: z.number().int().min(1),
    added: z.array(name).max(200),
    removed: z.array(name).max(200),
    deadlinesChanged: z.array(name).max(200),
  }),
  ev('step.status', {
    stepId: StepRefSchema,
    title: name,
    from: z.enum(STEP_STATUSES),
    to: z.enum(STEP_STATUSES),
    /** Set when the work proposed the status ("afgeleid van het gepubliceerde statement"). */
    derivedFrom: mediumText('Afgeleid van').nullable(),
    /** A manual change that overrides a derived status needs a reason. */
    reason: note,
  }),
]);
export type DossierEvent = z.infer<typeof DossierEventSchema>;
export type DossierEventType = DossierEvent['type'];
export type EventOf<T extends DossierEventType> = Extract<DossierEvent, { type: T }>;

const DECISION_WORDS: Record<(typeof REPORT_DECISION_IDS)[number], string> = {
  'geen-melding': 'geen melding en geen aangifte',
  melding: 'melding bij de politie',
  aangifte: 'aangifte bij de politie',
};
const MILESTONE_WORDS: Record<MonitoringMilestone, string> = {
  'eerste-waarneming': 'eerste waarneming online',
  'hoog-risico': 'waarneming met hoog risico',
  'naar-politie': 'waarneming doorgegeven aan de politie',
};

/** Dutch date and time for a logbook sentence, in the school's time zone (Europe/Amsterdam). */
function when(iso: string): string {
  return new Date(iso).toLocaleString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
const DAY: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' };
/** A calendar date ("2026-11-28"). */
const day = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-NL', DAY);
/** The date an instant has in the school's time zone. */
const dayOf = (instant: string) => new Date(instant).toLocaleDateString('nl-NL', DAY);
/** User text as a sentence: ends with a full stop unless it already ends with punctuation. */
const sentence = (text: string) => {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
};
const quoted = (titles: string[]) => titles.map((t) => `"${t}"`).join(', ');
const withReason = (reason: string) => (reason.trim() ? ` Reden: ${reason.trim()}` : '');

/** The one Dutch sentence of an event, as the logbook, the overview PDF and a court read it. */
export function describeEvent(e: DossierEvent): string {
  switch (e.type) {
    case 'dossier.created':
      return `Dossier ${e.number} geopend: ${sentence(e.title)} Regiehouder: ${e.lead}.${
        e.howDiscovered.trim() ? ` Aan het licht gekomen: ${sentence(e.howDiscovered)}` : ''
      } Soort beeldmateriaal: ${MATERIAL_KIND_LABELS[e.materialKind].toLowerCase()}.${
        e.otherSchoolInvolved ? ' De dader zit op een andere school.' : ''
      } Gevolgd protocol: versie ${e.protocolVersion}.`;
    case 'dossier.otherSchool':
      return e.involved
        ? 'Vastgelegd: de dader zit op een andere school. De stappen voor samenwerking met die school zijn nu van toepassing.'
        : 'Vastgelegd: er is geen andere school betrokken.';
    case 'aftercare.planned':
      return `Nazorg gepland: ${e.moments.map((m) => `${m.label} op ${dayOf(m.dueAt)}`).join('; ')}.`;
    case 'aftercare.reopened':
      return `Nazorgmoment heropend (${e.label}): het moet opnieuw gebeuren.`;
    case 'aftercare.cancelled':
      return `Gepland nazorgmoment geschrapt (${e.label}, ${dayOf(e.dueAt)}).`;
    case 'action.done':
      return `Actie ${e.done ? 'afgerond' : 'heropend'}: ${sentence(e.what)}${e.who ? ` (${e.who})` : ''}`;
    case 'conversation.held':
      return `Gesprek gevoerd met ${e.withWhom} door ${e.heldBy} op ${when(e.heldAt)}.`;
    case 'police.consulted':
      return `Politie geraadpleegd${e.officer ? ` (${e.officer})` : ''}${e.contactedAt ? ` op ${when(e.contactedAt)}` : ''}.`;
    case 'police.decided':
      return `Besluit genomen: ${DECISION_WORDS[e.decision]}${e.reference ? `, registratienummer ${e.reference}` : ''}${
        // A comma, not brackets: the name often carries its role in brackets ("X (zorgcoördinator)").
        e.decidedBy ? `, besloten door ${e.decidedBy}` : ''
      }.`;
    case 'takedown.requested':
      return `Verwijderverzoek ingediend bij ${PLATFORM_LABELS[e.platform]} (${TAKEDOWN_CHANNEL_LABELS[e.channel].toLowerCase()})${
        e.reference ? `, referentie ${e.reference}` : ''
      }.`;
    case 'takedown.answered':
      return `Antwoord op verwijderverzoek bij ${PLATFORM_LABELS[e.platform]}: ${TAKEDOWN_STATUS_LABELS[e.status].toLowerCase()}.${
        e.note.trim() ? ` ${e.note.trim()}` : ''
      }`;
    case 'takedown.removed':
      return `Materiaal verwijderd van ${PLATFORM_LABELS[e.platform]}.`;
    case 'monitoring.milestone':
      return `Monitoring: ${MILESTONE_WORDS[e.milestone]} (${PLATFORM_LABELS[e.platform]}).`;
    case 'statement.published':
      return `Communicatiestatement versie ${e.version} gepubliceerd.`;
    case 'document.produced':
    {
      const { recipient, made } = documentDelivery({ delivery: e.delivery, recipientLabel: e.recipients, pdf: e.pdf ?? null });
      return `${e.label} voor ${recipient}${e.recipientCount > 1 ? ` (${e.recipientCount} ontvangers)` : ''}: ${made}.`;
    }
    case 'buddies.chosen':
      return `Buddy's gekozen: ${e.count} ${e.count === 1 ? 'buddy' : "buddy's"} voor het slachtoffer.`;
    case 'restperiod.set':
      return `Rustperiode vastgelegd${e.from ? ` van ${day(e.from)}` : ''}${e.to ? ` tot en met ${day(e.to)}` : ''}.`;
    case 'evaluation.completed':
      return `Evaluatie afgerond: ${e.label}.`;
    case 'aftercare.done':
      return `Nazorgmoment afgerond (${e.label}).${e.outcome.trim() ? ` Hoe gaat het nu: ${e.outcome.trim()}` : ''}${
        e.needs.trim() ? ` Nog nodig: ${e.needs.trim()}` : ''
      }`;
    case 'dossier.closed': {
      const open = e.openWork.map((w) => `${OPEN_WORK_LABELS[w.category].toLowerCase()} (${w.count}): ${w.reason.trim().replace(/[.;]+$/, '')}`);
      return `Dossier gesloten.${withReason(e.reason)}${open.length ? ` Gesloten met open werk — ${open.join('; ')}.` : ''}`;
    }
    case 'dossier.reopened':
      return `Dossier heropend (was ${e.from === 'gesloten' ? 'gesloten' : 'in nazorg'}).${withReason(e.reason)}`;
    case 'dossier.aftercare':
      return `Dossier in nazorg gezet.${withReason(e.reason)}`;
    case 'package.sent':
      if (e.kind === 'overdracht')
        return e.keepAsCoOwner
          ? `Dossier overgedragen aan ${e.counterpart}; ${e.sender} blijft mede-eigenaar.`
          : `Dossier overgedragen aan ${e.counterpart}. Dit exemplaar is vanaf nu alleen-lezen.`;
      return `Pakket verstuurd (${PACKAGE_KIND_LABELS[e.kind].toLowerCase()}) aan ${e.counterpart}${
        e.sections.length ? `: ${e.sections.map((x) => PACKAGE_SECTION_LABELS[x].toLowerCase()).join(', ')}` : ''
      }.`;
    case 'package.received':
      return `Ontvangen van ${e.from} (pakket van ${when(e.packageCreatedAt)}, ${PACKAGE_KIND_LABELS[e.kind].toLowerCase()}${
        e.senderDossierNumber ? `, bij de afzender dossier ${e.senderDossierNumber}` : ''
      }): ${e.added} nieuw, ${e.updated} bijgewerkt. Afzender ${e.senderVerified ? 'geverifieerd' : 'NIET geverifieerd'} (vingerafdruk ${e.fingerprint}).`;
    case 'protocol.moved':
      return [
        `Protocol van dit dossier gewijzigd van versie ${e.fromVersion} naar versie ${e.toVersion}.`,
        e.added.length ? `Nieuwe stappen: ${quoted(e.added)}.` : '',
        e.removed.length ? `Niet meer in het protocol (vastgelegd werk blijft bewaard): ${quoted(e.removed)}.` : '',
        e.deadlinesChanged.length ? `Termijn aangepast: ${quoted(e.deadlinesChanged)}.` : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'step.status':
      return `Stap "${e.title}": ${STEP_STATUS_WORDS[e.from]} → ${STEP_STATUS_WORDS[e.to]}${
        e.derivedFrom ? ` (afgeleid van ${e.derivedFrom})` : ''
      }.${withReason(e.reason)}`;
  }
}

/** Status changes are folded in the logbook; every other event is a "gebeurtenis". */
export function isStatusEvent(e: DossierEvent | null): e is EventOf<'step.status'> {
  return e?.type === 'step.status';
}

/** The card step an event belongs to (for the logbook's per-phase filter), when there is one. */
export function eventStepId(e: DossierEvent): StepId | null {
  switch (e.type) {
    case 'conversation.held':
      return e.stepId;
    case 'step.status':
      return e.stepId;
    case 'police.consulted':
      return 'politie-advies';
    case 'police.decided':
      return 'melding-aangifte';
    case 'takedown.requested':
    case 'takedown.answered':
    case 'takedown.removed':
      return 'offline-halen';
    case 'monitoring.milestone':
      return 'monitor-sociale-media';
    case 'statement.published':
      return 'communicatiestatement';
    case 'buddies.chosen':
      return 'klas-slachtoffer';
    case 'restperiod.set':
      return 'rustperiode';
    case 'evaluation.completed':
      return e.audience === 'zat' ? 'evaluatie-zat' : 'evaluatie-betrokkenen';
    case 'aftercare.done':
    case 'aftercare.planned':
    case 'aftercare.reopened':
    case 'aftercare.cancelled':
      return 'nazorg';
    case 'action.done':
      return e.stepId;
    case 'dossier.otherSchool':
      return 'contact-school-dader';
    case 'document.produced':
    case 'package.sent':
    case 'package.received':
    case 'protocol.moved':
    case 'dossier.created':
    case 'dossier.closed':
    case 'dossier.reopened':
    case 'dossier.aftercare':
      return null;
  }
}

/** Reads a stored payload; a row written by a newer app (unknown type) reads as a plain entry. */
export function parseEvent(json: string | null): DossierEvent | null {
  if (!json) return null;
  try {
    const parsed = DossierEventSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
