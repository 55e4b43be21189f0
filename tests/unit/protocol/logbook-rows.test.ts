import { describe, expect, it } from 'vitest';
import type { ChronologyEntry } from '../../../src/shared/domain';
import { BUILTIN_PROTOCOL, buildLogbook, describeEvent, foldedHeadline, logbookRows, type DossierEvent } from '../../../src/shared/protocol';

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
    const rows = logbookRows(items, BUILTIN_PROTOCOL);
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
      logbookRows(items, BUILTIN_PROTOCOL, { filter: f }).map((r) => (r.type === 'entry' ? r.item.entry.id : 'folded'));
    expect(only('notities')).toEqual(['e1']);
    expect(only('gebeurtenissen')).toEqual(['e7', 'e5']);
    expect(only('status')).toEqual(['e6', 'e4', 'e3', 'e2']);
    const reageer = logbookRows(items, BUILTIN_PROTOCOL, { filter: 'gebeurtenissen', phase: 'reageer' }).map((r) => (r.type === 'entry' ? r.item.entry.id : ''));
    expect(reageer).toEqual(['e5']);
    const analyseer = logbookRows(items, BUILTIN_PROTOCOL, { phase: 'analyseer' });
    expect(analyseer).toHaveLength(1);
    expect(analyseer[0]).toMatchObject({ type: 'folded', done: 3 });
  });

  it('reads the same folded story from the start (the overview PDF), with one Dutch headline', () => {
    const rows = logbookRows(items, BUILTIN_PROTOCOL, { order: 'oldest-first' });
    expect(rows.map((r) => (r.type === 'folded' ? `folded:${r.items.map((i) => i.entry.id).join(',')}` : r.item.entry.id))).toEqual([
      'e1',
      'folded:e2,e3,e4',
      'e5',
      'e6',
      'e7',
    ]);
    const folded = rows.find((r) => r.type === 'folded');
    expect(folded && folded.type === 'folded' && foldedHeadline(folded)).toBe('3 stappen afgevinkt');
    const mixed = buildLogbook([status('aandacht-slachtoffer', 'gedaan'), status('omvang-impact', 'bezig')]);
    const [row] = logbookRows(mixed, BUILTIN_PROTOCOL);
    expect(row?.type === 'folded' && foldedHeadline(row)).toBe('2 stappen afgevinkt of gewijzigd');
  });
});
