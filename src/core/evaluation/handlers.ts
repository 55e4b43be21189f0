import type { evaluationOps, EvaluationView, SavedFile } from '../../shared/api/evaluation';
import {
  EVALUATION_AUDIENCE_DEFS,
  IMPROVEMENT_AREA_LABELS,
  IMPROVEMENT_STATUS_LABELS,
  IMPROVEMENT_STATUSES,
  audienceDef,
  proposeAftercareMoments,
  retentionUntil,
  type EvaluationAudience,
  type ImprovementPoint,
  type ImprovementStatus,
} from '../../shared/domain/evaluation';
import { AppError } from '../../shared/errors';
import { AFTERCARE_DEFAULT_OFFSETS_DAYS } from '../../shared/protocol';
import type { Handlers } from '../api';
import type { CoreContext } from '../context';
import type { DialogKey } from '../../shared/i18n/dialogs';
import { assertWritable, writeDossier, dossierRepo as dossiers } from '../dossiers';
import { readSchoolProfile } from '../school-profile';
import type { DossierEvent, StepId } from '../../shared/protocol';
import { destroyMarkedDossier, markForDestruction, readMark, setGraceDays, unmarkDestruction } from './destroy';
import { findPersonName, personNames } from './names';
import { listRetentionDue } from './overview';
import type { EvaluationContributions, PlainDocument, PlainExport } from './document';
import * as repo from './repository';
import { buildStats } from './stats';
import { assertPersonsExist, buildSubjectAccessDocument, searchPersons } from './subject-access';

type EvaluationOpName = keyof typeof evaluationOps;

function applicableAudiences(
  otherSchoolInvolved: boolean,
  saved: Set<EvaluationAudience>,
): EvaluationAudience[] {
  return EVALUATION_AUDIENCE_DEFS.filter(
    (d) => !d.onlyWithOtherSchool || otherSchoolInvolved || saved.has(d.id),
  ).map((d) => d.id);
}

export function loadEvaluationView(ctx: CoreContext, dossierId: string): EvaluationView {
  const db = ctx.db();
  const dossier = dossiers.getDossierRow(db, dossierId);
  const saved = new Map(repo.listEvaluations(db, dossierId).map((e) => [e.audience, e]));
  const { months } = repo.readRetentionPolicy(db);
  return {
    evaluations: applicableAudiences(dossier.otherSchoolInvolved, new Set(saved.keys())).map(
      (a) => saved.get(a) ?? repo.emptyEvaluation(dossierId, a),
    ),
    aftercare: repo.listAftercare(db, dossierId),
    improvementPoints: repo.listImprovements(db, { dossierId }),
    retention: {
      closedAt: dossier.closedAt,
      retentionUntil: dossier.closedAt ? retentionUntil(dossier.closedAt, months) : null,
      months,
      mark: readMark(db, dossierId),
    },
  };
}

/**
 * Improvement points outlive their dossier: refuse any name registered in the vault, naming
 * the field it is in (the form shows the message there).
 */
export function assertNoNames(ctx: CoreContext, texts: Record<string, string>): void {
  const names = personNames(ctx.db());
  for (const [field, text] of Object.entries(texts)) {
    const name = findPersonName(text, names);
    if (name) throw new AppError('VALIDATION', { key: 'IMPROVEMENT_HAS_NAME', params: { name }, field });
  }
}

export const dateLong = (iso: string | null) =>
  iso ? new Date(iso).toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' }) : '—';

function improvementsDocument(
  points: ImprovementPoint[],
  status: ImprovementStatus | null,
  now: Date,
  school: string,
): PlainDocument {
  const statuses = status ? [status] : [...IMPROVEMENT_STATUSES];
  return {
    title: 'Verbeterpunten protocol',
    subtitle: `${school ? `${school}. ` : ''}Lessen uit de evaluaties van incidenten met rondgaand beeldmateriaal, voor de schoolleiding. Opgesteld op ${dateLong(
      now.toISOString(),
    )}. Dit overzicht bevat geen namen van leerlingen.`,
    footer: 'Verbeterpunten protocol',
    sections: statuses.map((s) => ({
      heading: `${IMPROVEMENT_STATUS_LABELS[s]} (${points.filter((p) => p.status === s).length})`,
      empty: 'Geen verbeterpunten.',
      blocks: points
        .filter((p) => p.status === s)
        .map((p) => ({
          heading: IMPROVEMENT_AREA_LABELS[p.area],
          paragraphs: [p.text],
          fields: [
            ['Wie voert het door', p.owner] as [string, string],
            ['Vastgelegd op', dateLong(p.createdAt)] as [string, string],
            ...(p.decidedAt
              ? [
                  ['Besluit', `${dateLong(p.decidedAt)}${p.decisionNote ? `: ${p.decisionNote}` : ''}`] as [
                    string,
                    string,
                  ],
                ]
              : []),
          ],
        })),
    })),
  };
}

/**
 * Asks where to save a school-level export, then writes and registers it (with its file's
 * SHA-256) and writes the export's line in the audit trail: every such export goes this one
 * way, so none can be saved without being registered and logged.
 */
export async function saveDocument(
  ctx: CoreContext,
  contributions: EvaluationContributions,
  doc: PlainDocument,
  what: PlainExport,
  dialog: { title: DialogKey; name: DialogKey },
  audit: { action: string; details: string },
): Promise<SavedFile> {
  const file = await ctx.platform.chooseSaveFile({
    title: ctx.dialogText(dialog.title),
    defaultName: ctx.dialogText(dialog.name, { date: ctx.nowIso().slice(0, 10) }),
    filters: [{ name: ctx.dialogText('PDF_FILTER'), extensions: ['pdf'] }],
  });
  if (!file) return { cancelled: true };
  let sha256: string;
  try {
    ({ sha256 } = await contributions.writePlainDocument(ctx, file, doc, what));
  } catch (e) {
    if (e instanceof AppError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'ENOSPC') throw new AppError('DISK_FULL', { key: 'PDF_NOT_SAVED_DISK_FULL' });
    throw new AppError('READ_ONLY', { key: 'PDF_NOT_SAVED_HERE' });
  }
  ctx.write(audit.action, null, audit.details, () => undefined);
  return { file, sha256 };
}

/** The logbook's account of planned aftercare: for whom and when. */
function plannedEvent(moments: ReadonlyArray<{ id: string; label: string; dueAt: string }>): DossierEvent {
  return { type: 'aftercare.planned', moments: moments.map((m) => ({ momentId: m.id, label: m.label, dueAt: m.dueAt })) };
}

export function evaluationHandlers(
  ctx: CoreContext,
  contributions: EvaluationContributions,
): Handlers<EvaluationOpName> {
  const existingDossier = (dossierId: string) => dossiers.getDossierRow(ctx.db(), dossierId);
  const assertPersonInDossier = (dossierId: string, personId: string | null, field: string) => {
    if (personId && dossiers.getPerson(ctx.db(), personId).dossierId !== dossierId) {
      throw new AppError('VALIDATION', { key: 'CHOSEN_PERSON_OTHER_DOSSIER', field });
    }
  };

  return {
    'evaluation.get': ({ dossierId }) => loadEvaluationView(ctx, dossierId),

    'evaluation.save': ({ dossierId, audience, form }) => {
      const dossier = existingDossier(dossierId);
      assertWritable(dossier);
      const def = audienceDef(audience);
      const current = repo.getEvaluation(ctx.db(), dossierId, audience);
      if (def.onlyWithOtherSchool && !dossier.otherSchoolInvolved && !current) {
        throw new AppError('VALIDATION', { key: 'EVALUATION_NOT_APPLICABLE', field: 'audience' });
      }
      const known = new Set(def.questions.map((q) => q.id));
      const unknown = Object.keys(form.answers).find((k) => !known.has(k));
      if (unknown !== undefined)
        throw new AppError('VALIDATION', { key: 'EVALUATION_UNKNOWN_QUESTION', field: `form.answers.${unknown}` });
      const at = ctx.nowIso();
      const completedNow = form.completed && !current?.completed;
      writeDossier(
        ctx,
        dossierId,
        'evaluation.save',
        (w) => {
          repo.upsertEvaluation(w.db, { id: current?.id ?? ctx.newId(), dossierId, audience, form, at });
          if (completedNow) {
            w.event({ type: 'evaluation.completed', audience, label: def.label });
            // The evaluation step is done when every applicable evaluation under it is completed.
            const completed = new Set(repo.listEvaluations(w.db, dossierId).filter((e) => e.completed).map((e) => e.audience));
            const under = applicableAudiences(dossier.otherSchoolInvolved, completed).filter((a) => audienceDef(a).stepId === def.stepId);
            const stepId = def.stepId as StepId;
            w.deriveStatus(stepId, under.every((a) => completed.has(a)) ? 'gedaan' : 'bezig', 'de afgeronde evaluatie');
          }
        },
        `Evaluatie ${audience} opgeslagen${form.completed ? ' (afgerond)' : ''}`,
      );
      const saved = repo.getEvaluation(ctx.db(), dossierId, audience);
      if (!saved) throw new AppError('INTERNAL', { key: 'EVALUATION_NOT_SAVED' });
      return saved;
    },

    // Aftercare stays possible on closed dossiers: the impact can last long after closing.
    'aftercare.planDefaults': ({ dossierId, from, who, targets }) => {
      existingDossier(dossierId);
      targets.forEach((t, i) => assertPersonInDossier(dossierId, t.personId, `targets.${i}.personId`));
      const moments = proposeAftercareMoments(from, targets, who, AFTERCARE_DEFAULT_OFFSETS_DAYS);
      const at = ctx.nowIso();
      const ids = moments.map(() => ctx.newId());
      writeDossier(ctx, dossierId, 'aftercare.plan', (w) => {
        const planned = moments.map((m, i) => ({ ...m, id: ids[i] ?? ctx.newId() }));
        for (const m of planned) repo.insertAftercare(w.db, { ...m, dossierId, at });
        if (planned.length) w.event(plannedEvent(planned));
      }, `Nazorg gepland: ${moments.length} momenten`);
      return repo.listAftercare(ctx.db(), dossierId).filter((m) => ids.includes(m.id));
    },

    'aftercare.add': ({ dossierId, moment }) => {
      existingDossier(dossierId);
      assertPersonInDossier(dossierId, moment.personId, 'moment.personId');
      const id = ctx.newId();
      const at = ctx.nowIso();
      writeDossier(ctx, dossierId, 'aftercare.add', (w) => {
        repo.insertAftercare(w.db, { ...moment, id, dossierId, at });
        w.event(plannedEvent([{ ...moment, id }]));
      }, 'Nazorgmoment gepland');
      return repo.getAftercare(ctx.db(), id);
    },

    'aftercare.update': ({ momentId, moment }) => {
      const current = repo.getAftercare(ctx.db(), momentId);
      assertPersonInDossier(current.dossierId, moment.personId, 'moment.personId');
      ctx.write('aftercare.update', current.dossierId, 'Nazorgmoment gewijzigd', (db) => {
        repo.updateAftercare(db, momentId, moment, ctx.nowIso());
      });
      return repo.getAftercare(ctx.db(), momentId);
    },

    'aftercare.complete': ({ momentId, outcome, needs }) => {
      const current = repo.getAftercare(ctx.db(), momentId);
      const at = ctx.nowIso();
      writeDossier(ctx, current.dossierId, 'aftercare.complete', (w) => {
        repo.setAftercareDone(w.db, momentId, { outcome, needs, at }, at);
        w.event({ type: 'aftercare.done', momentId, label: current.label, outcome, needs });
      });
      return repo.getAftercare(ctx.db(), momentId);
    },

    'aftercare.reopen': ({ momentId }) => {
      const current = repo.getAftercare(ctx.db(), momentId);
      if (!current.done) return current;
      writeDossier(ctx, current.dossierId, 'aftercare.reopen', (w) => {
        repo.setAftercareDone(w.db, momentId, null, ctx.nowIso());
        w.event({ type: 'aftercare.reopened', momentId, label: current.label });
      }, 'Nazorgmoment heropend');
      return repo.getAftercare(ctx.db(), momentId);
    },

    'aftercare.remove': ({ momentId }) => {
      const current = repo.getAftercare(ctx.db(), momentId);
      if (current.done) {
        throw new AppError('FORBIDDEN', { key: 'AFTERCARE_DONE_KEPT' });
      }
      writeDossier(ctx, current.dossierId, 'aftercare.remove', (w) => {
        repo.deleteAftercare(w.db, momentId);
        w.event({ type: 'aftercare.cancelled', momentId, label: current.label, dueAt: current.dueAt });
      }, 'Gepland nazorgmoment geschrapt');
      return { removed: true };
    },

    'improvement.add': ({ dossierId, audience, point }) => {
      if (dossierId) existingDossier(dossierId);
      assertNoNames(ctx, { 'point.text': point.text, 'point.owner': point.owner });
      const id = ctx.newId();
      ctx.write('improvement.add', dossierId, `Verbeterpunt toegevoegd (${point.area})`, (db) => {
        repo.insertImprovement(db, {
          ...point,
          id,
          dossierId,
          audience: dossierId ? audience : null,
          at: ctx.nowIso(),
        });
      });
      return repo.getImprovement(ctx.db(), id);
    },

    'improvement.update': ({ pointId, point }) => {
      const current = repo.getImprovement(ctx.db(), pointId);
      assertNoNames(ctx, { 'point.text': point.text, 'point.owner': point.owner });
      ctx.write('improvement.update', current.dossierId, `Verbeterpunt gewijzigd (${point.area})`, (db) => {
        repo.updateImprovement(db, pointId, point, ctx.nowIso());
      });
      return repo.getImprovement(ctx.db(), pointId);
    },

    'improvement.decide': ({ pointId, status, note }) => {
      const current = repo.getImprovement(ctx.db(), pointId);
      assertNoNames(ctx, { note });
      if (status === 'afgewezen' && note.trim() === '') {
        throw new AppError('VALIDATION', { key: 'IMPROVEMENT_REJECT_NEEDS_REASON', field: 'note' });
      }
      ctx.write(
        'improvement.decide',
        current.dossierId,
        `Verbeterpunt: ${current.status} -> ${status}`,
        (db) => {
          repo.decideImprovement(db, pointId, status, note.trim(), ctx.nowIso());
        },
      );
      return repo.getImprovement(ctx.db(), pointId);
    },

    'improvement.list': ({ status }) => repo.listImprovements(ctx.db(), { status: status ?? null }),

    'improvement.exportPdf': async ({ status }) => {
      const points = repo.listImprovements(ctx.db(), { status: status ?? null });
      const doc = improvementsDocument(points, status ?? null, ctx.now(), readSchoolProfile(ctx).name);
      return saveDocument(
        ctx,
        contributions,
        doc,
        { kind: 'improvement-points', recipientLabel: 'Schoolleiding' },
        { title: 'IMPROVEMENTS_PDF_TITLE', name: 'IMPROVEMENTS_PDF_NAME' },
        { action: 'improvement.export', details: `Verbeterpunten als PDF opgeslagen (${points.length})` },
      );
    },

    'stats.get': ({ year }) => buildStats(ctx.db(), ctx.now(), year ?? null),

    'retention.get': () => repo.readRetentionPolicy(ctx.db()),
    'retention.update': ({ months, justification }) => {
      const current = repo.readRetentionPolicy(ctx.db());
      ctx.write(
        'retention.update',
        null,
        `Bewaartermijn: ${current.months} -> ${months} maanden. Onderbouwing: ${justification}`,
        (db) => {
          repo.writeRetentionPolicy(db, { months, justification, at: ctx.nowIso(), by: ctx.actor() });
        },
      );
      return repo.readRetentionPolicy(ctx.db());
    },
    'retention.due': () => listRetentionDue(ctx),
    'retention.setGrace': async ({ days }) => {
      const r = await setGraceDays(ctx, days);
      return 'cancelled' in r ? r : repo.readRetentionPolicy(ctx.db());
    },
    'retention.mark': (input) => markForDestruction(ctx, input),
    'retention.unmark': (input) => unmarkDestruction(ctx, input),
    'retention.destroy': (input) => destroyMarkedDossier(ctx, input),

    'subjectAccess.search': ({ name }) => searchPersons(ctx.db(), name),
    'subjectAccess.review': ({ personIds, requesterPersonId }) => {
      assertPersonsExist(ctx.db(), personIds);
      return buildSubjectAccessDocument(ctx, personIds, contributions.subjectAccessSources, requesterPersonId).review;
    },
    'subjectAccess.exportPdf': async ({ personIds, requesterPersonId, thirdPartyReviewed }) => {
      assertPersonsExist(ctx.db(), personIds);
      // AVG art. 15(4): the export goes to one person; the coordinator reviews other people's data first.
      if (!thirdPartyReviewed)
        throw new AppError('VALIDATION', { key: 'SUBJECT_ACCESS_REVIEW_REQUIRED', field: 'thirdPartyReviewed' });
      const { doc, review } = buildSubjectAccessDocument(ctx, personIds, contributions.subjectAccessSources, requesterPersonId);
      return saveDocument(
        ctx,
        contributions,
        doc,
        { kind: 'subject-access', recipientLabel: 'De betrokkene (inzageverzoek, AVG artikel 15)' },
        { title: 'SUBJECT_ACCESS_PDF_TITLE', name: 'SUBJECT_ACCESS_PDF_NAME' },
        {
          action: 'subjectAccess.export',
          details: `Inzageoverzicht opgeslagen (${personIds.length} persoonsregistraties, ${review.dossierCount} dossiers; gecontroleerd op gegevens van anderen${
            requesterPersonId ? '; gevraagd door een ouder of verzorger' : ''
          })`,
        },
      );
    },
  };
}
