import type { DocModel, MissingValue, StatementVersion } from '../../../shared/domain/documents';
import type {
  DossierDetail,
  LetterWarning,
  NameParts,
  Person,
  SchoolProfile,
  StoredLetterParts,
} from '../../../shared/domain';
import { readToolRecord } from '../../../shared/protocol';

/**
 * What every document kind's builder receives and returns. One module per kind lives next
 * to this one (kinds/<kind>.ts); the drawing rules are in ../render-pdf.ts and the model
 * helpers (dates, blocks, letterhead) in ../model.ts.
 */

/** Everything a builder may use; gathered once per request by the handlers. */
export interface DocData {
  detail: DossierDetail;
  school: SchoolProfile;
  /** The statement version to use (latest published unless chosen), or null. */
  statement: StatementVersion | null;
  nowIso: string;
  /** Letter parts kept with the dossier: name parts per person, the letter part per conversation. */
  letters: { names: Map<string, NameParts>; parts: Map<string, StoredLetterParts> };
}

/** A built document: the model plus what the privacy guard and the missing-value check need. */
export interface Built {
  model: DocModel;
  missing: MissingValue[];
  /** Pupils the document may name (the recipient's own child). */
  allowedPersonIds: string[];
  allowedNames: string[];
  /** Generic description of the recipient for the dossier record. */
  recipientLabel: string;
  /** The dossier's person it is addressed to (personal letters), for concernedPersons. */
  addresseeId?: string;
  /** Personal letters: what the dossier says against sending it as it is. */
  warnings?: LetterWarning[];
  /** Worth knowing before it goes out, without stopping it (e.g. only the general number as contact). */
  notices?: string[];
  /** The warnings are answered (a way of delivery was chosen after reading them). */
  warningsResolved?: boolean;
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

export function byRole(detail: DossierDetail, role: Person['role']): Person[] {
  return detail.persons.filter((p) => p.role === role);
}

/** The answers of a step's typed record (media plan or evaluation), trimmed, without empty ones. */
export function stepAnswers(detail: DossierDetail, stepId: string, tool: 'media-plan' | 'evaluation'): Record<string, string> {
  const record = readToolRecord(tool, detail.steps.find((s) => s.stepId === stepId)?.data);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record.answers)) if (v.trim()) out[k] = v.trim();
  return out;
}
