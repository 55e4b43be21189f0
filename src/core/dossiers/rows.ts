import { parseEvent, readStepRecord, type StepId } from '../../shared/protocol';
import type {
  ActionItem,
  ChronologyEntry,
  Conversation,
  Dossier,
  Person,
  StepState,
} from '../../shared/domain';

/** Row shapes as stored (snake_case) and their mapping to the shared domain types. */

export interface DossierRow {
  id: string;
  number: string;
  title: string;
  discovered_at: string;
  how_discovered: string;
  material_kind: string;
  voluntariness: string;
  spread_json: string;
  status: string;
  lead: string;
  victim_needs: string;
  summary: string;
  other_school: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export function toDossier(r: DossierRow): Dossier {
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    discoveredAt: r.discovered_at,
    howDiscovered: r.how_discovered,
    materialKind: r.material_kind as Dossier['materialKind'],
    voluntariness: r.voluntariness as Dossier['voluntariness'],
    spread: JSON.parse(r.spread_json) as Dossier['spread'],
    status: r.status as Dossier['status'],
    lead: r.lead,
    victimNeeds: r.victim_needs,
    summary: r.summary,
    otherSchoolInvolved: r.other_school === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    closedAt: r.closed_at,
  };
}

export interface PersonRow {
  id: string;
  dossier_id: string;
  role: string;
  name: string;
  class_name: string;
  school: string;
  phone: string;
  email: string;
  address: string;
  related_person_id: string | null;
  language: string;
  interpreter_needed: number;
  sensitivities: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export function toPerson(r: PersonRow): Person {
  return {
    id: r.id,
    dossierId: r.dossier_id,
    role: r.role as Person['role'],
    name: r.name,
    className: r.class_name,
    school: r.school,
    phone: r.phone,
    email: r.email,
    address: r.address,
    relatedPersonId: r.related_person_id,
    language: r.language,
    interpreterNeeded: r.interpreter_needed === 1,
    sensitivities: r.sensitivities,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface StepRow {
  dossier_id: string;
  step_id: string;
  status: string;
  nvt_reason: string;
  owner: string;
  due_at: string | null;
  notes: string;
  data_json: string;
  updated_at: string;
  /** Added by migration logbook-events. */
  derived_from?: string | null;
}

export function toStep(r: StepRow): StepState {
  return {
    dossierId: r.dossier_id,
    stepId: r.step_id as StepId,
    status: r.status as StepState['status'],
    nvtReason: r.nvt_reason,
    owner: r.owner,
    dueAt: r.due_at,
    notes: r.notes,
    data: readStepRecord(r.step_id, JSON.parse(r.data_json)),
    updatedAt: r.updated_at,
    derivedFrom: r.derived_from ?? null,
  };
}

export interface ActionRow {
  id: string;
  dossier_id: string;
  step_id: string | null;
  wie: string;
  wat: string;
  wanneer: string | null;
  waar: string;
  hoe: string;
  done: number;
  done_at: string | null;
  created_at: string;
}

export function toAction(r: ActionRow): ActionItem {
  return {
    id: r.id,
    dossierId: r.dossier_id,
    stepId: r.step_id,
    wie: r.wie,
    wat: r.wat,
    wanneer: r.wanneer,
    waar: r.waar,
    hoe: r.hoe,
    done: r.done === 1,
    doneAt: r.done_at,
    createdAt: r.created_at,
  };
}

export interface ChronologyRow {
  id: string;
  dossier_id: string;
  seq: number;
  occurred_at: string;
  recorded_at: string;
  author: string;
  kind: string;
  text: string;
  corrects_id: string | null;
  event_json?: string | null;
}

export function toChronology(r: ChronologyRow): ChronologyEntry {
  return {
    id: r.id,
    dossierId: r.dossier_id,
    seq: r.seq,
    occurredAt: r.occurred_at,
    recordedAt: r.recorded_at,
    author: r.author,
    kind: r.kind as ChronologyEntry['kind'],
    text: r.text,
    correctsId: r.corrects_id,
    event: parseEvent(r.event_json ?? null),
  };
}

export interface ConversationRow {
  id: string;
  dossier_id: string;
  step_id: string | null;
  with_whom: string;
  person_ids_json: string;
  held_at: string;
  held_by: string;
  location: string;
  preparation_json: string;
  summary: string;
  agreements: string;
  follow_up: string;
  created_at: string;
  updated_at: string;
}

export function toConversation(r: ConversationRow): Conversation {
  return {
    id: r.id,
    dossierId: r.dossier_id,
    stepId: r.step_id,
    withWhom: r.with_whom,
    personIds: JSON.parse(r.person_ids_json) as string[],
    heldAt: r.held_at,
    heldBy: r.held_by,
    location: r.location,
    preparation: JSON.parse(r.preparation_json) as Record<string, boolean>,
    summary: r.summary,
    agreements: r.agreements,
    followUp: r.follow_up,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
