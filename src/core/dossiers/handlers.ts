import type { dossierOps } from '../../shared/api/dossiers';
import {
  EMPTY_SCHOOL_PROFILE,
  SchoolProfileSchema,
  STEP_STATUS_LABELS,
  type Dossier,
  type DossierDetail,
  type SchoolProfile,
  type StepState,
} from '../../shared/domain';
import { AppError } from '../../shared/errors';
import {
  PAST_TENSE_FIELDS,
  TOOL_RECORD_SCHEMAS,
  emptyStepRecord,
  findStep,
  readToolRecord,
  type PinnedProtocol,
  type StepId,
  type ToolKind,
  type ToolRecord,
  type ToolRecordPatch,
} from '../../shared/protocol';
import type { Handlers } from '../api/handlers';
import type { CoreContext } from '../context';
import * as repo from './repository';
import { buildOverview, type OverviewExtension } from './overview';
import { searchDossiers } from './search';
import * as protocolRepo from '../protocol/repository';
import { currentVersion, initialStepDueDates, pinnedProtocolOf } from '../protocol/service';
import { pinnedOf } from '../../shared/protocol';

type DossierOpName = keyof typeof dossierOps;

/** Everything of one dossier, as the dossier screen needs it. */
export function loadDossierDetail(ctx: CoreContext, dossierId: string): DossierDetail {
  const db = ctx.db();
  return {
    dossier: repo.getDossierRow(db, dossierId),
    protocol: pinnedProtocolOf(db, dossierId),
    persons: repo.listPersons(db, dossierId),
    steps: repo.listSteps(db, dossierId),
    actions: repo.listActions(db, dossierId),
    conversations: repo.listConversations(db, dossierId),
    chronology: repo.listChronology(db, dossierId),
  };
}

/** A closed dossier is read-only except for aftercare and the logbook. */
export function assertWritable(dossier: Dossier): void {
  if (dossier.status === 'gesloten') {
    throw new AppError(
      'FORBIDDEN',
      'Dit dossier is gesloten en kan niet meer worden gewijzigd. Alleen nazorg en het logboek kunnen nog worden aangevuld. Heropen het dossier als er iets moet veranderen.',
    );
  }
}

function emptyStep(dossierId: string, stepId: StepId): StepState {
  return { dossierId, stepId, status: 'open', nvtReason: '', owner: '', dueAt: null, notes: '', data: emptyStepRecord(stepId), updatedAt: null };
}

export function systemEntry(ctx: CoreContext, dossierId: string, kind: 'status' | 'systeem', text: string): void {
  const at = ctx.nowIso();
  repo.appendChronology(ctx.db(), {
    id: ctx.newId(),
    dossierId,
    occurredAt: at,
    recordedAt: at,
    author: ctx.actor(),
    kind,
    text,
    correctsId: null,
  });
}

/** What other areas contribute to the dossier area's operations (composed in src/core/service.ts). */
export interface DossierContributions {
  /** Counts other areas add to the home screen's overview (takedowns, aftercare, …). */
  overviewExtensions: readonly OverviewExtension[];
}

export function dossierHandlers(ctx: CoreContext, contributions: DossierContributions): Handlers<DossierOpName> {
  const writableDossier = (dossierId: string): Dossier => {
    const dossier = repo.getDossierRow(ctx.db(), dossierId);
    assertWritable(dossier);
    return dossier;
  };

  return {
    'overview.get': ({ status }) => buildOverview(ctx, status ?? null, contributions.overviewExtensions),
    'dossier.search': ({ query }) => searchDossiers(ctx.db(), query),

    'dossier.create': (intake) => {
      assertNotFuture(ctx, intake.discoveredAt, 'Ontdekt op');
      const at = ctx.nowIso();
      const id = ctx.newId();
      // A new dossier follows the school's current protocol version, for as long as it is open.
      const protocol = pinnedOf(currentVersion(ctx.db()));
      ctx.write('dossier.create', id, `Nieuw dossier aangemaakt (protocolversie ${protocol.version})`, (db) => {
        const number = repo.nextDossierNumber(db, new Date(intake.discoveredAt));
        repo.insertDossier(db, {
          id,
          number,
          title: intake.title,
          discoveredAt: intake.discoveredAt,
          howDiscovered: intake.howDiscovered,
          materialKind: intake.materialKind,
          voluntariness: 'onbekend',
          spread: { pupils: null, groups: null, platforms: [] },
          status: 'open',
          lead: intake.lead,
          victimNeeds: '',
          summary: '',
          otherSchoolInvolved: intake.otherSchoolInvolved,
          createdAt: at,
          updatedAt: at,
        });
        protocolRepo.setDossierVersion(db, id, protocol.version, at);
        if (intake.victimName) {
          repo.upsertPerson(db, {
            id: ctx.newId(),
            dossierId: id,
            role: 'slachtoffer',
            name: intake.victimName,
            className: intake.victimClass,
            school: '',
            phone: '',
            email: '',
            address: '',
            relatedPersonId: null,
            language: '',
            interpreterNeeded: false,
            sensitivities: '',
            notes: '',
            createdAt: at,
            updatedAt: at,
          });
        }
        // The first phase is ready at once: owner = the lead, due dates from the card's urgency.
        for (const { step, dueAt: due } of initialStepDueDates(protocol, intake.discoveredAt)) {
          if (step.phaseId !== 'analyseer' && !due) continue;
          repo.upsertStep(db, {
            ...emptyStep(id, step.id),
            owner: step.phaseId === 'analyseer' ? intake.lead : '',
            dueAt: due,
            updatedAt: at,
          });
        }
        repo.appendChronology(db, {
          id: ctx.newId(),
          dossierId: id,
          occurredAt: intake.discoveredAt,
          recordedAt: at,
          author: ctx.actor(),
          kind: 'systeem',
          text: `Dossier ${number} geopend: ${intake.title}. Regiehouder: ${intake.lead}.${
            intake.howDiscovered ? ` Aan het licht gekomen: ${intake.howDiscovered}` : ''
          } Gevolgd protocol: versie ${protocol.version}.`,
          correctsId: null,
        });
      });
      return { dossierId: id };
    },

    'dossier.get': ({ dossierId }) => loadDossierDetail(ctx, dossierId),

    'dossier.updateFacts': ({ dossierId, facts }) => {
      writableDossier(dossierId);
      if (facts.discoveredAt) assertNotFuture(ctx, facts.discoveredAt, 'Ontdekt op');
      ctx.write('dossier.updateFacts', dossierId, `Feiten bijgewerkt: ${Object.keys(facts).join(', ')}`, (db) => {
        repo.updateDossierFacts(db, dossierId, facts, ctx.nowIso());
      });
      return loadDossierDetail(ctx, dossierId);
    },

    'dossier.setStatus': ({ dossierId, status, reason }) => {
      const dossier = repo.getDossierRow(ctx.db(), dossierId);
      if (dossier.status === status) return loadDossierDetail(ctx, dossierId);
      if (status === 'gesloten') {
        const states = new Map(repo.listSteps(ctx.db(), dossierId).map((s) => [s.stepId, s]));
        const openEvaluation = pinnedProtocolOf(ctx.db(), dossierId)
          .steps.filter((s) => s.phaseId === 'evalueer' && !s.schoolNotApplicable)
          .filter((s) => s.conditional !== 'andere-school' || dossier.otherSchoolInvolved)
          .filter((s) => {
            const st = states.get(s.id)?.status ?? 'open';
            return st !== 'gedaan' && st !== 'nvt';
          });
        if (openEvaluation.length > 0) {
          throw new AppError(
            'FORBIDDEN',
            `Rond eerst de evaluatie af voordat u het dossier sluit. Nog open: ${openEvaluation
              .map((s) => `"${s.title}"`)
              .join(', ')}.`,
            { openSteps: openEvaluation.map((s) => s.id) },
          );
        }
      }
      const labels = { open: 'open', nazorg: 'in nazorg', gesloten: 'gesloten' } as const;
      ctx.write('dossier.setStatus', dossierId, `Status: ${dossier.status} -> ${status}`, (db) => {
        repo.setDossierStatus(db, dossierId, status, ctx.nowIso());
        systemEntry(
          ctx,
          dossierId,
          'status',
          `Dossierstatus gewijzigd van ${labels[dossier.status]} naar ${labels[status]}.${reason ? ` Toelichting: ${reason}` : ''}`,
        );
      });
      return loadDossierDetail(ctx, dossierId);
    },

    'dossier.setOtherSchoolInvolved': ({ dossierId, involved }) => {
      writableDossier(dossierId);
      ctx.write('dossier.setOtherSchool', dossierId, `Andere school betrokken: ${involved ? 'ja' : 'nee'}`, (db) => {
        repo.setOtherSchool(db, dossierId, involved, ctx.nowIso());
        systemEntry(
          ctx,
          dossierId,
          'systeem',
          involved
            ? 'Vastgelegd: de dader zit op een andere school. De stappen voor samenwerking met die school zijn nu van toepassing.'
            : 'Vastgelegd: er is geen andere school betrokken.',
        );
      });
      return loadDossierDetail(ctx, dossierId);
    },

    'person.add': ({ dossierId, person }) => {
      writableDossier(dossierId);
      if (person.relatedPersonId) {
        const related = repo.getPerson(ctx.db(), person.relatedPersonId);
        if (related.dossierId !== dossierId) {
          throw new AppError('VALIDATION', 'De gekoppelde persoon hoort niet bij dit dossier.');
        }
      }
      const at = ctx.nowIso();
      const id = ctx.newId();
      ctx.write('person.add', dossierId, `Persoon toegevoegd (rol: ${person.role})`, (db) => {
        repo.upsertPerson(db, { ...person, id, dossierId, createdAt: at, updatedAt: at });
        repo.touchDossier(db, dossierId, at);
      });
      return repo.getPerson(ctx.db(), id);
    },

    'person.update': ({ personId, person }) => {
      const current = repo.getPerson(ctx.db(), personId);
      writableDossier(current.dossierId);
      if (person.relatedPersonId === personId) {
        throw new AppError('VALIDATION', 'Een persoon kan niet aan zichzelf worden gekoppeld.');
      }
      const at = ctx.nowIso();
      ctx.write('person.update', current.dossierId, `Persoon bijgewerkt (rol: ${person.role})`, (db) => {
        repo.upsertPerson(db, { ...person, id: personId, dossierId: current.dossierId, createdAt: current.createdAt, updatedAt: at });
        repo.touchDossier(db, current.dossierId, at);
      });
      return repo.getPerson(ctx.db(), personId);
    },

    'step.update': ({ dossierId, stepId, patch }) => {
      writableDossier(dossierId);
      const protocol = pinnedProtocolOf(ctx.db(), dossierId);
      const step = getStepOrThrow(stepId, protocol);
      const current = repo.getStepState(ctx.db(), dossierId, stepId) ?? emptyStep(dossierId, stepId);
      const { data: recordPatch, ...fields } = patch;
      const next: StepState = {
        ...current,
        ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
        updatedAt: ctx.nowIso(),
      } as StepState;
      if (recordPatch) next.data = mergeToolRecord(ctx, step.tool, current.data, recordPatch);
      if (next.status === 'nvt' && next.nvtReason.trim() === '') {
        throw new AppError('VALIDATION', 'Geef aan waarom deze stap niet van toepassing is.');
      }
      if (next.status !== 'nvt') next.nvtReason = '';
      const statusChanged = patch.status !== undefined && patch.status !== current.status;
      ctx.write('step.update', dossierId, `Stap ${stepId}: ${Object.keys(patch).join(', ')}`, (db) => {
        repo.upsertStep(db, { ...next, updatedAt: next.updatedAt ?? ctx.nowIso() });
        repo.touchDossier(db, dossierId, ctx.nowIso());
        if (statusChanged) {
          const phase = protocol.phases.find((p) => p.id === step.phaseId)?.title ?? '';
          systemEntry(
            ctx,
            dossierId,
            'status',
            `${phase} – "${step.title}": ${STEP_STATUS_LABELS[current.status].toLowerCase()} → ${STEP_STATUS_LABELS[next.status].toLowerCase()}${
              next.status === 'nvt' ? ` (reden: ${next.nvtReason})` : ''
            }.`,
          );
        }
      });
      return repo.getStepState(ctx.db(), dossierId, stepId) ?? next;
    },

    'action.add': ({ dossierId, action }) => {
      writableDossier(dossierId);
      if (action.stepId) getStepOrThrow(action.stepId, pinnedProtocolOf(ctx.db(), dossierId));
      const id = ctx.newId();
      const at = ctx.nowIso();
      ctx.write('action.add', dossierId, 'Actie toegevoegd', (db) => {
        repo.insertAction(db, { ...action, id, dossierId, createdAt: at });
        repo.touchDossier(db, dossierId, at);
      });
      return repo.getAction(ctx.db(), id);
    },

    'action.update': ({ actionId, action }) => {
      const current = repo.getAction(ctx.db(), actionId);
      writableDossier(current.dossierId);
      if (action.stepId) getStepOrThrow(action.stepId, pinnedProtocolOf(ctx.db(), current.dossierId));
      ctx.write('action.update', current.dossierId, 'Actie bijgewerkt', (db) => {
        repo.updateAction(db, actionId, action);
        repo.touchDossier(db, current.dossierId, ctx.nowIso());
      });
      return repo.getAction(ctx.db(), actionId);
    },

    'action.setDone': ({ actionId, done }) => {
      const current = repo.getAction(ctx.db(), actionId);
      writableDossier(current.dossierId);
      if (current.done === done) return current;
      ctx.write('action.setDone', current.dossierId, `Actie ${done ? 'afgerond' : 'heropend'}`, (db) => {
        repo.setActionDone(db, actionId, done, ctx.nowIso());
        repo.touchDossier(db, current.dossierId, ctx.nowIso());
        systemEntry(ctx, current.dossierId, 'status', `Actie ${done ? 'afgerond' : 'heropend'}: ${current.wat} (${current.wie}).`);
      });
      return repo.getAction(ctx.db(), actionId);
    },

    'chronology.add': ({ dossierId, occurredAt, text }) => {
      repo.getDossierRow(ctx.db(), dossierId); // allowed on closed dossiers too
      const at = ctx.nowIso();
      // Times are UTC after the contract, but compare instants, never strings with offsets.
      if (occurredAt && Date.parse(occurredAt) - ctx.now().getTime() > 5 * 60_000) {
        throw new AppError('VALIDATION', 'Het tijdstip ligt in de toekomst. Een logboekregel beschrijft wat al is gebeurd.');
      }
      return ctx.write('chronology.add', dossierId, 'Logboekregel toegevoegd', (db) => {
        repo.touchDossier(db, dossierId, at);
        return repo.appendChronology(db, {
          id: ctx.newId(),
          dossierId,
          occurredAt: occurredAt ?? at,
          recordedAt: at,
          author: ctx.actor(),
          kind: 'notitie',
          text,
          correctsId: null,
        });
      });
    },

    'chronology.correct': ({ dossierId, correctsId, text }) => {
      const original = repo.getChronologyEntry(ctx.db(), correctsId);
      if (original.dossierId !== dossierId) {
        throw new AppError('VALIDATION', 'Deze logboekregel hoort niet bij dit dossier.');
      }
      const at = ctx.nowIso();
      return ctx.write('chronology.correct', dossierId, `Correctie op logboekregel ${original.seq}`, (db) => {
        repo.touchDossier(db, dossierId, at);
        return repo.appendChronology(db, {
          id: ctx.newId(),
          dossierId,
          occurredAt: original.occurredAt,
          recordedAt: at,
          author: ctx.actor(),
          kind: 'correctie',
          text,
          correctsId,
        });
      });
    },

    'conversation.add': ({ dossierId, conversation }) => {
      writableDossier(dossierId);
      assertNotFuture(ctx, conversation.heldAt, 'Gesprek gevoerd op');
      if (conversation.stepId) getStepOrThrow(conversation.stepId, pinnedProtocolOf(ctx.db(), dossierId));
      assertPersonsInDossier(ctx, dossierId, conversation.personIds);
      const id = ctx.newId();
      const at = ctx.nowIso();
      ctx.write('conversation.add', dossierId, 'Gesprek vastgelegd', (db) => {
        repo.upsertConversation(db, { ...conversation, id, dossierId, createdAt: at, updatedAt: at });
        repo.touchDossier(db, dossierId, at);
        systemEntry(ctx, dossierId, 'systeem', `Gesprek vastgelegd met ${conversation.withWhom} (gevoerd door ${conversation.heldBy}).`);
      });
      return repo.getConversation(ctx.db(), id);
    },

    'conversation.update': ({ conversationId, conversation }) => {
      const current = repo.getConversation(ctx.db(), conversationId);
      writableDossier(current.dossierId);
      assertNotFuture(ctx, conversation.heldAt, 'Gesprek gevoerd op');
      if (conversation.stepId) getStepOrThrow(conversation.stepId, pinnedProtocolOf(ctx.db(), current.dossierId));
      assertPersonsInDossier(ctx, current.dossierId, conversation.personIds);
      const at = ctx.nowIso();
      ctx.write('conversation.update', current.dossierId, 'Gesprek bijgewerkt', (db) => {
        repo.upsertConversation(db, { ...conversation, id: conversationId, dossierId: current.dossierId, createdAt: current.createdAt, updatedAt: at });
        repo.touchDossier(db, current.dossierId, at);
      });
      return repo.getConversation(ctx.db(), conversationId);
    },

    'school.get': () => readSchoolProfile(ctx),
    'school.update': (profile) => {
      ctx.write('school.update', null, 'Schoolprofiel bijgewerkt', (db) => {
        db.prepare(
          'INSERT INTO school_profile (id, data_json) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET data_json = excluded.data_json',
        ).run(JSON.stringify(profile));
      });
      return readSchoolProfile(ctx);
    },
  };
}

/**
 * Applies a typed change to a step's record: the change must be for the step's own tool, and
 * past-tense moments ("contact gehad op") may not lie in the future.
 */
export function mergeToolRecord(ctx: CoreContext, tool: ToolKind, current: ToolRecord, change: ToolRecordPatch): ToolRecord {
  if (change.tool !== tool) {
    throw new AppError('VALIDATION', { key: 'STEP_RECORD_OTHER_TOOL', field: 'data.tool' });
  }
  const merged = TOOL_RECORD_SCHEMAS[tool].parse({ ...readToolRecord(tool, current), ...change }) as ToolRecord;
  for (const { key, label } of PAST_TENSE_FIELDS[tool] ?? []) {
    const value = (merged as Record<string, unknown>)[key];
    if (typeof value === 'string') assertNotFuture(ctx, value, label);
  }
  return merged;
}

/** Past-tense moments may be a few minutes ahead (clock drift between laptops), never more. */
export function assertNotFuture(ctx: CoreContext, iso: string, label: string): void {
  if (Date.parse(iso) - ctx.now().getTime() > 5 * 60_000) {
    throw new AppError('VALIDATION', { key: 'MOMENT_IN_FUTURE', params: { label } });
  }
}

/** A step of the protocol version the dossier follows (a step that left it is history, read-only). */
function getStepOrThrow(stepId: string, protocol: PinnedProtocol) {
  const step = findStep(stepId, protocol);
  if (!step) throw new AppError('VALIDATION', { key: 'STEP_NOT_IN_PROTOCOL', params: { step: stepId } });
  return step;
}

function assertPersonsInDossier(ctx: CoreContext, dossierId: string, personIds: string[]): void {
  for (const pid of personIds) {
    if (repo.getPerson(ctx.db(), pid).dossierId !== dossierId) {
      throw new AppError('VALIDATION', 'Een gekozen persoon hoort niet bij dit dossier.');
    }
  }
}

export function readSchoolProfile(ctx: CoreContext): SchoolProfile {
  const row = ctx.db().prepare('SELECT data_json FROM school_profile WHERE id = 1').get() as
    | { data_json: string }
    | undefined;
  if (!row) return { ...EMPTY_SCHOOL_PROFILE };
  const parsed = SchoolProfileSchema.safeParse({ ...EMPTY_SCHOOL_PROFILE, ...JSON.parse(row.data_json) });
  return parsed.success ? parsed.data : { ...EMPTY_SCHOOL_PROFILE };
}
