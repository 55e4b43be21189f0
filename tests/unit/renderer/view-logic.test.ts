import { describe, expect, it } from 'vitest';
import type { ChronologyEntry } from '../../../src/shared/domain';
import { OPEN_WORK_CATEGORIES, OPEN_WORK_LABELS, TOOL_KINDS, buildLogbook } from '../../../src/shared/protocol';
import type { ErrorKey } from '../../../src/shared/errors';
import { ERRORS_NL } from '../../../src/shared/i18n/errors.nl';
import rendererErrorsEn from '../../../renderer/src/i18n/en/errors';
import {
  TOOL_TAB,
  openWorkTitle,
  elapsedFromMinutes,
  elapsedSince,
  formatElapsedNl,
} from '../../../renderer/src/features/dossier/logic';
import { formatDateTimeNl, formatTimeSpanNl, isoToPicker, pickerToIso } from '../../../renderer/src/ui/datetime';
import { snippetParts } from '../../../renderer/src/features/overview/snippet';

function entry(seq: number, patch: Partial<ChronologyEntry> = {}): ChronologyEntry {
  return {
    id: `00000000-0000-0000-0000-${String(seq).padStart(12, '0')}`,
    dossierId: 'd',
    seq,
    occurredAt: '2026-11-28T09:00:00.000Z',
    recordedAt: '2026-11-28T09:00:00.000Z',
    author: 'Marieke',
    kind: 'notitie',
    text: `regel ${seq}`,
    correctsId: null,
    event: null,
    ...patch,
  };
}

describe('dossier view logic', () => {
  it('sends exactly the documents, monitoring and evaluation tools to their tabs', () => {
    const external = TOOL_KINDS.filter((k) => TOOL_TAB[k] !== null).sort();
    expect(external).toEqual(
      [
        'aftercare',
        'evaluation',
        'letter',
        'monitoring',
        'protocol-update',
        'statement',
        'takedown',
        'teacher-guidance',
      ].sort(),
    );
    expect(TOOL_TAB.statement).toBe('documenten');
    expect(TOOL_TAB.takedown).toBe('monitoring');
    expect(TOOL_TAB.aftercare).toBe('evaluatie');
  });

  it('formats the time since discovery in Dutch', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    expect(formatElapsedNl(elapsedSince('2026-11-28T11:59:00Z', now))).toBe('1 minuut');
    expect(formatElapsedNl(elapsedSince('2026-11-28T09:15:00Z', now))).toBe('2 uur en 45 minuten');
    expect(formatElapsedNl(elapsedSince('2026-11-26T09:00:00Z', now))).toBe('2 dagen en 3 uur');
    expect(formatElapsedNl(elapsedFromMinutes(1440))).toBe('1 dag');
    // A discovery time in the future (clock skew) never shows a negative clock.
    expect(elapsedSince('2026-11-28T13:00:00Z', now).totalMinutes).toBe(0);
  });

  it('round-trips picker values and ISO instants', () => {
    const iso = pickerToIso('2026-11-28 10:30:00');
    expect(iso).not.toBeNull();
    expect(isoToPicker(iso)).toBe('2026-11-28 10:30:00');
    expect(pickerToIso('')).toBeNull();
    expect(pickerToIso('geen datum')).toBeNull();
  });

  it('keeps corrected logbook entries with their corrections, chains included', () => {
    const a = entry(1);
    const b = entry(2);
    const c1 = entry(3, { kind: 'correctie', correctsId: a.id, text: 'correctie 1' });
    const c2 = entry(4, { kind: 'correctie', correctsId: c1.id, text: 'correctie 2' });
    const items = buildLogbook([c2, b, a, c1]);
    expect(items.map((i) => i.entry.seq)).toEqual([1, 2]);
    expect(items[0]?.corrections.map((c) => c.text)).toEqual(['correctie 1', 'correctie 2']);
    expect(items[1]?.corrections).toEqual([]);
  });

  it('splits search snippets on the core markers', () => {
    expect(snippetParts('…de «Yusuf» en «Emma»…')).toEqual([
      { text: '…de ', mark: false },
      { text: 'Yusuf', mark: true },
      { text: ' en ', mark: false },
      { text: 'Emma', mark: true },
      { text: '…', mark: false },
    ]);
  });
});

describe('the span of a folded logbook group', () => {
  it('says a moment once when both ends fall in the same minute, the day once on the same day', () => {
    const a = '2026-12-02T07:53:10+01:00';
    expect(formatTimeSpanNl(a, '2026-12-02T07:53:50+01:00')).toBe(formatDateTimeNl(a));
    const sameDay = formatTimeSpanNl(a, '2026-12-02T09:05:00+01:00');
    expect(sameDay.startsWith(`${formatDateTimeNl(a)} – `)).toBe(true);
    expect(sameDay).toMatch(/ – \d{2}:\d{2}$/);
    const otherDay = formatTimeSpanNl(a, '2026-12-03T09:05:00+01:00');
    expect(otherDay).toBe(`${formatDateTimeNl(a)} – ${formatDateTimeNl('2026-12-03T09:05:00+01:00')}`);
  });
});

describe('close dialog: the categories of open work in the UI language', () => {
  it('heads each category with its OPEN_WORK_* phrase: English in English, Dutch as before', () => {
    const en = (key: ErrorKey) => rendererErrorsEn[key];
    expect(OPEN_WORK_CATEGORIES.map((c) => openWorkTitle(c, en))).toEqual([
      'Open steps',
      'Takedown requests in progress',
      'Evaluations not completed',
      'Aftercare not planned',
      'Actions not completed',
    ]);
    // Dutch reads exactly as the core's own names (OPEN_WORK_LABELS).
    for (const c of OPEN_WORK_CATEGORIES) expect(openWorkTitle(c, (key) => ERRORS_NL[key])).toBe(OPEN_WORK_LABELS[c]);
  });
});
