import { STEPS } from '../../../src/shared/protocol';
import type { OpInput, OpName, OpOutput } from '../../../src/shared/api';

interface CanDispatch {
  dispatchOk<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>>;
}

/**
 * Both stages of destruction as a user goes through them: mark (number typed over, reason when
 * early), then erase, answering "Vernietigen" in main's dialog (needed before the grace period).
 */
export async function markAndDestroy(
  t: CanDispatch & { platform: { nextConfirm: boolean } },
  input: { dossierId: string; confirmNumber: string; reason: string },
): Promise<OpOutput<'retention.destroy'>> {
  await t.dispatchOk('retention.mark', input);
  t.platform.nextConfirm = true;
  const result = await t.dispatchOk('retention.destroy', { dossierId: input.dossierId });
  t.platform.nextConfirm = false;
  return result;
}

/** Marks the card's evaluation steps done (n.v.t. where conditional) and closes the dossier. */
export async function closeDossier(t: CanDispatch, dossierId: string): Promise<void> {
  for (const step of STEPS.filter((s) => s.phaseId === 'evalueer')) {
    await t.dispatchOk('step.update', {
      dossierId,
      stepId: step.id,
      patch: step.conditional
        ? { status: 'nvt', nvtReason: 'Geen andere school betrokken.' }
        : { status: 'gedaan' },
    });
  }
  await t.dispatchOk('dossier.setStatus', { dossierId, status: 'gesloten', reason: '', closeReasons: await closeReasonsFor(t, dossierId) });
}

/** A reason for every part of the dossier that is still open (closing refuses without them). */
export async function closeReasonsFor(t: CanDispatch, dossierId: string): Promise<Record<string, string>> {
  const work = await t.dispatchOk('dossier.openWork', { dossierId });
  return Object.fromEntries(work.map((w) => [w.category, 'Afgesloten voor deze test.']));
}

export const emptyForm = {
  heldAt: null,
  heldBy: '',
  participants: '',
  answers: {},
  notes: '',
  prevention: '',
  completed: false,
};
