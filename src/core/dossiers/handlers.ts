import type { dossierOps } from '../../shared/api/dossiers';
import {
  emptyPersonInput,
  type Dossier,
  type DossierDetail,
  type StepState,
} from '../../shared/domain';
import { AppError } from '../../shared/errors';
import {
  PAST_TENSE_FIELDS,
  TOOL_RECORD_SCHEMAS,
  emptyStepRecord,
  findStep,
  readToolRecord,
  OPEN_WORK_PHRASES,
  canClose,
  isStepId,
  type DossierEvent,
  type OpenWorkCategory,
  type PinnedProtocol,
  type StepId,
  type ToolKind,
  type ToolRecord,
  type ToolRecordPatch,
} from '../../shared/protocol';
import type { Handlers } from '../api';
import type { CoreContext } from '../context';
import * as repo from './repository';
import { readSchoolProfile } from '../school-profile';
import { openWorkFor, type OpenWorkSources } from './open-work';
import { dossierEvents, writeDossier } from './write';
import { buildOverview, type OverviewExtension } from './overview';
import { searchDossiers } from './search';
import {
  protocolRepo,
  currentVersion,
  initialStepDueDates,
  pinnedProtocolOf,
} from '../protocol';
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
    throw new AppError('FORBIDDEN', { key: 'DOSSIER_CLOSED' });
  }
}

function emptyStep(dossierId: string, stepId: StepId): StepState {
  return { dossierId, stepId, status: 'open', nvtReason: '', owner: '', dueAt: null, notes: '', data: emptyStepRecord(stepId), updatedAt: null };
}

/** What other areas contribute to the dossier area's operations (composed in src/core/service.ts). */
export interface DossierContributions {
  /** Counts other areas add to the home screen's overview (takedowns, aftercare, …). */
  overviewExtensions: readonly OverviewExtension[];
  /** Open work other areas own (takedowns, evaluations, aftercare), for the close dialog and rule. */
  openWork: OpenWorkSources;
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
      writeDossier(ctx, id, 'dossier.create', (w) => {
        const db = w.db;
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
            ...emptyPersonInput({ role: 'slachtoffer', name: intake.victimName, className: intake.victimClass }),
            id: ctx.newId(),
            dossierId: id,
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
        // The story starts when the material came to light; the row says when it was recorded.
        w.event(
          {
            type: 'dossier.created',
            number,
            title: intake.title,
            lead: intake.lead,
            howDiscovered: intake.howDiscovered,
            materialKind: intake.materialKind,
            otherSchoolInvolved: intake.otherSchoolInvolved,
            protocolVersion: protocol.version,
          },
          intake.discoveredAt,
        );
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

    'dossier.openWork': ({ dossierId }) => openWorkFor(ctx, dossierId, contributions.openWork),

    'dossier.setStatus': ({ dossierId, status, reason, closeReasons }) => {
      const dossier = repo.getDossierRow(ctx.db(), dossierId);
      if (dossier.status === status) return loadDossierDetail(ctx, dossierId);
      let openWork: Array<{ category: OpenWorkCategory; count: number; reason: string }> = [];
      if (status === 'gesloten') {
        // Closing with open work is possible, but only with a reason per category (canClose).
        const work = openWorkFor(ctx, dossierId, contributions.openWork);
        const verdict = canClose(work, closeReasons ?? {});
        if (!verdict.ok) {
          throw new AppError('CONFLICT', {
            key: 'CLOSE_NEEDS_REASONS',
            params: { categories: verdict.missing.map((c) => ({ key: OPEN_WORK_PHRASES[c] })) },
            details: { openWork: work, missing: verdict.missing },
          });
        }
        openWork = work.map((w) => ({ category: w.category, count: w.items.length, reason: (closeReasons?.[w.category] ?? '').trim() }));
      }
      writeDossier(ctx, dossierId, 'dossier.setStatus', (w) => {
        repo.setDossierStatus(w.db, dossierId, status, ctx.nowIso());
        if (status === 'gesloten') w.event({ type: 'dossier.closed', reason, openWork });
        else if (status === 'nazorg' && dossier.status === 'open') w.event({ type: 'dossier.aftercare', reason });
        else w.event({ type: 'dossier.reopened', from: dossier.status === 'gesloten' ? 'gesloten' : 'nazorg', reason });
      });
      return loadDossierDetail(ctx, dossierId);
    },

    'dossier.setOtherSchoolInvolved': ({ dossierId, involved }) => {
      writableDossier(dossierId);
      const current = repo.getDossierRow(ctx.db(), dossierId);
      if (current.otherSchoolInvolved === involved) return loadDossierDetail(ctx, dossierId);
      writeDossier(ctx, dossierId, 'dossier.setOtherSchool', (w) => {
        repo.setOtherSchool(w.db, dossierId, involved, ctx.nowIso());
        w.event({ type: 'dossier.otherSchool', involved });
      }, `Andere school betrokken: ${involved ? 'ja' : 'nee'}`);
      return loadDossierDetail(ctx, dossierId);
    },

    'person.add': ({ dossierId, person }) => {
      writableDossier(dossierId);
      if (person.relatedPersonId) {
        const related = repo.getPerson(ctx.db(), person.relatedPersonId);
        if (related.dossierId !== dossierId) {
          throw new AppError('VALIDATION', { key: 'RELATED_PERSON_OTHER_DOSSIER', field: 'person.relatedPersonId' });
        }
      }
      const at = ctx.nowIso();
      const id = ctx.newId();
      writeDossier(
        ctx,
        dossierId,
        'person.add',
        (w) => {
          repo.upsertPerson(w.db, { ...person, id, dossierId, createdAt: at, updatedAt: at });
          // The card asks for three buddies: the third one chosen is the act worth telling.
          if (person.role === 'buddy') {
            const count = repo.listPersons(w.db, dossierId).filter((p) => p.role === 'buddy').length;
            if (count === BUDDIES_NEEDED) {
              w.event({ type: 'buddies.chosen', count });
              w.deriveStatus('klas-slachtoffer', 'bezig', "de drie gekozen buddy's");
            }
          }
        },
        `Persoon toegevoegd (rol: ${person.role})`,
      );
      return repo.getPerson(ctx.db(), id);
    },

    'person.update': ({ personId, person }) => {
      const current = repo.getPerson(ctx.db(), personId);
      writableDossier(current.dossierId);
      if (person.relatedPersonId === personId) {
        throw new AppError('VALIDATION', { key: 'PERSON_LINKED_TO_ITSELF', field: 'person.relatedPersonId' });
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
        throw new AppError('VALIDATION', { key: 'NVT_NEEDS_REASON', field: 'patch.nvtReason' });
      }
      if (next.status !== 'nvt') next.nvtReason = '';
      const statusChanged = patch.status !== undefined && patch.status !== current.status;
      const statusReason = (patch.statusReason ?? '').trim();
      if (statusChanged) {
        // A status the work proposed is changed by hand only with a reason, and stops being derived.
        // Moving further along with the work (bezig → gedaan) needs none; going against it does.
        if (current.derivedFrom && next.status !== 'nvt' && STATUS_RANK[next.status] < STATUS_RANK[current.status] && statusReason.length < 3) {
          throw new AppError('VALIDATION', { key: 'DERIVED_STATUS_NEEDS_REASON', params: { from: current.derivedFrom }, field: 'statusReason' });
        }
        next.derivedFrom = null;
      }
      delete (next as { statusReason?: string }).statusReason;
      writeDossier(
        ctx,
        dossierId,
        'step.update',
        (w) => {
          repo.upsertStep(w.db, { ...next, updatedAt: next.updatedAt ?? ctx.nowIso() });
          if (statusChanged) {
            w.event({
              type: 'step.status',
              stepId,
              title: step.title,
              from: current.status,
              to: next.status,
              derivedFrom: null,
              reason: next.status === 'nvt' ? next.nvtReason : statusReason,
            });
          }
          const told = recordEvents(current.data, next.data);
          // Marking the consultation done tells it once, even when no moment was filled in.
          if (
            statusChanged &&
            next.status === 'gedaan' &&
            next.data.tool === 'police-advice' &&
            (next.data.officer || next.data.advice) &&
            !told.some((e) => e.type === 'police.consulted') &&
            !dossierEvents(w.db, dossierId).some((e) => e.event.type === 'police.consulted')
          ) {
            told.push({ type: 'police.consulted', officer: next.data.officer, contactedAt: next.data.contactedAt });
          }
          for (const e of told) w.event(e);
        },
        `Stap ${stepId}: ${Object.keys(patch).join(', ')}`,
      );
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
      writeDossier(ctx, current.dossierId, 'action.setDone', (w) => {
        repo.setActionDone(w.db, actionId, done, ctx.nowIso());
        const stepId = current.stepId && isStepId(current.stepId) ? current.stepId : null;
        w.event({ type: 'action.done', actionId, what: current.wat, who: current.wie, done, stepId });
      }, `Actie ${done ? 'afgerond' : 'heropend'}`);
      return repo.getAction(ctx.db(), actionId);
    },

    'chronology.add': ({ dossierId, occurredAt, text }) => {
      repo.getDossierRow(ctx.db(), dossierId); // allowed on closed dossiers too
      const at = ctx.nowIso();
      // Times are UTC after the contract, but compare instants, never strings with offsets.
      if (occurredAt && Date.parse(occurredAt) - ctx.now().getTime() > 5 * 60_000) {
        throw new AppError('VALIDATION', { key: 'LOGBOOK_TIME_IN_FUTURE', field: 'occurredAt' });
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
        throw new AppError('VALIDATION', { key: 'LOGBOOK_ENTRY_OTHER_DOSSIER', field: 'correctsId' });
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
      writeDossier(ctx, dossierId, 'conversation.add', (w) => {
        repo.upsertConversation(w.db, { ...conversation, id, dossierId, createdAt: at, updatedAt: at });
        const stepId = conversation.stepId && isStepId(conversation.stepId) ? conversation.stepId : null;
        w.event(
          {
            type: 'conversation.held',
            conversationId: id,
            withWhom: conversation.withWhom,
            heldBy: conversation.heldBy,
            heldAt: new Date(conversation.heldAt).toISOString(),
            stepId,
          },
          conversation.heldAt,
        );
        if (stepId) w.deriveStatus(stepId, 'gedaan', 'het gevoerde gesprek');
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
const STATUS_RANK = { open: 0, bezig: 1, gedaan: 2, nvt: 3 } as const;

/** How many buddies the card asks the victim to choose ("Benoem drie buddy's"). */
const BUDDIES_NEEDED = 3;

/**
 * The acts a change to a step's record tells: a police consultation (its moment set), a
 * decision on melding/aangifte (chosen or its reference filled), a rest period (dates set).
 * Typing more text into the same record is not a new act.
 */
export function recordEvents(before: ToolRecord, after: ToolRecord): DossierEvent[] {
  if (after.tool === 'police-advice' && before.tool === 'police-advice') {
    if (after.contactedAt && after.contactedAt !== before.contactedAt) {
      return [{ type: 'police.consulted', officer: after.officer, contactedAt: after.contactedAt }];
    }
  }
  if (after.tool === 'report-decision' && before.tool === 'report-decision' && after.decision) {
    // The choice is one click; free text (reference, reasons) is autosaved while typing and
    // would tell the same decision many times, so it goes along with the choice, not on its own.
    if (after.decision !== before.decision) {
      return [{ type: 'police.decided', decision: after.decision, reference: after.reference.trim(), decidedBy: after.decidedBy }];
    }
  }
  if (after.tool === 'rest-period' && before.tool === 'rest-period' && (after.from || after.to)) {
    if (after.from !== before.from || after.to !== before.to) return [{ type: 'restperiod.set', from: after.from, to: after.to }];
  }
  return [];
}

function getStepOrThrow(stepId: string, protocol: PinnedProtocol) {
  const step = findStep(stepId, protocol);
  if (!step) throw new AppError('VALIDATION', { key: 'STEP_NOT_IN_PROTOCOL', params: { step: stepId } });
  return step;
}

function assertPersonsInDossier(ctx: CoreContext, dossierId: string, personIds: string[]): void {
  for (const pid of personIds) {
    if (repo.getPerson(ctx.db(), pid).dossierId !== dossierId) {
      throw new AppError('VALIDATION', { key: 'ONE_OF_PERSONS_OTHER_DOSSIER', field: 'conversation.personIds' });
    }
  }
}
