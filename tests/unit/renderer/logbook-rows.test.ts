import { describe, expect, it } from 'vitest';
import { buildLogbook, logbookRows } from '../../../renderer/src/features/dossier/logic';
import type { ChronologyEntry } from '../../../src/shared/domain';
import { BUILTIN_PROTOCOL, describeEvent, type DossierEvent } from '../../../src/shared/protocol';

let seq = 0;
const row = (kind: ChronologyEntry['kind'], event: DossierEvent | null, text = event ? describeEvent(event) : 'Notitie'): ChronologyEntry => {
  seq += 1;
  return {
    id: `e${seq}`,
    dossierId: 'd',
    seq,
    occurredAt: `2026-11-27T${String(8 + seq).padStart(2, '0')}:00:00.000Z`,
    recordedAt: `2026-11-27T${String(8 + seq).padStart(2, '0')}:00:00.000Z`,
    author: 'Marieke',
    kind,
    text,
    correctsId: null,
    event,
  };
};
const status = (stepId: 'aandacht-slachtoffer' | 'omvang-impact' | 'check-protocol' | 'gesprek-ouders-slachtoffer', to: 'gedaan' | 'bezig'): ChronologyEntry =>
  row('status', { type: 'step.status', stepId, title: stepId, from: 'open', to, derivedFrom: null, reason: '' });

describe('logbook rows: the acts tell the story, the clicks fold', () => {
  const entries = [
    row('notitie', null, 'Mentor hoorde het van twee klasgenoten'),
    status('aandacht-slachtoffer', 'gedaan'),
    status('omvang-impact', 'gedaan'),
    status('check-protocol', 'gedaan'),
    row('systeem', {
      type: 'conversation.held',
      conversationId: '00000000-0000-4000-8000-000000000001',
      withWhom: 'Ouders',
      heldBy: 'Mentor',
      heldAt: '2026-11-27T14:00:00.000Z',
      stepId: 'gesprek-ouders-slachtoffer',
    }),
    status('gesprek-ouders-slachtoffer', 'gedaan'),
    row('systeem', { type: 'statement.published', version: 1 }),
  ];
  const items = buildLogbook(entries);

  it('folds a run of status changes into one line, newest first, and keeps single ones', () => {
    const rows = logbookRows(items, 'alles', null, BUILTIN_PROTOCOL);
    expect(rows.map((r) => (r.type === 'folded' ? `folded:${r.items.length}:${r.done}` : r.item.entry.kind))).toEqual([
      'systeem',
      'status',
      'systeem',
      'folded:3:3',
      'notitie',
    ]);
  });

  it('filters notes, events and status changes, and per phase', () => {
    const only = (f: 'notities' | 'gebeurtenissen' | 'status') =>
      logbookRows(items, f, null, BUILTIN_PROTOCOL).map((r) => (r.type === 'entry' ? r.item.entry.id : 'folded'));
    expect(only('notities')).toEqual(['e1']);
    expect(only('gebeurtenissen')).toEqual(['e7', 'e5']);
    expect(only('status')).toEqual(['e6', 'e4', 'e3', 'e2']);
    const reageer = logbookRows(items, 'gebeurtenissen', 'reageer', BUILTIN_PROTOCOL).map((r) => (r.type === 'entry' ? r.item.entry.id : ''));
    expect(reageer).toEqual(['e5']);
    const analyseer = logbookRows(items, 'alles', 'analyseer', BUILTIN_PROTOCOL);
    expect(analyseer).toHaveLength(1);
    expect(analyseer[0]).toMatchObject({ type: 'folded', done: 3 });
  });
});
