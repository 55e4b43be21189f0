import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AFTERCARE_DEFAULT_OFFSETS_DAYS,
  ALLOWED_LINK_HOSTS,
  CONVERSATION_PREPARATION,
  DECISION_OPTIONS,
  MEDIA_PLAN_QUESTIONS,
  PHASE_IDS,
  PHASES,
  REPORT_DECISIONS,
  STEPS,
  TOOL_KIND_LABELS,
  TOOL_KINDS,
} from '../../../src/shared/protocol';

// The card as the school received it, kept in the repo so this test always runs; the
// shared seed beside the checkout (when present) must be the same text.
const SEED = fileURLToPath(new URL('../../../docs/protocol/stappenplan-naaktfoto-seksfilmpje.txt', import.meta.url));
const SHARED_SEED = fileURLToPath(new URL('../../../../shared/seed/stappenplan-naaktfoto-seksfilmpje.txt', import.meta.url));

describe.skipIf(!existsSync(SHARED_SEED))('protocol card: the repo copy matches the shared seed', () => {
  it('is the same text', () => {
    expect(readFileSync(SEED, 'utf8')).toBe(readFileSync(SHARED_SEED, 'utf8'));
  });
});

/** Step lines of the card, extracted by hand, in card order. */
const CARD_STEP_TITLES = [
  'Aandacht voor het slachtoffer',
  'Bepaal omvang en impact',
  'Check bestaande protocol',
  'Betrek vertrouwenspersoon',
  'Betrek politie voor advies',
  'Zet acties op een rijtje',
  'Voer gesprek met ouders van slachtoffer',
  'Organiseer/adviseer hulp voor ouders van het slachtoffer',
  'Aandacht voor de dader',
  'Contacteer school dader: informeer en nodig uit tot samenwerken',
  'Voer gesprek met ouders van dader',
  'Organiseer/adviseer hulp voor ouders van de dader',
  'Besluit tot melding of aangifte',
  'Actie om online beeldmateriaal offline te halen',
  'Las een rustperiode in voor het slachtoffer',
  'Denk na over alternatieve interventies',
  'Stel communicatiestatement op',
  'Geef docenten handvatten',
  'Verzoek dringend tot verwijderen foto/filmpje',
  'Aan de slag in de klas van het slachtoffer',
  'Informeer ouders van klasgenoten van het slachtoffer',
  'Handel conform het communicatiestatement',
  'Overweeg interventies en gesprek in overige klassen',
  'Overige klassen: informeer ouders van leerlingen',
  'Wees voorbereid op media aandacht (sociale media, kranten, radio, televisie)',
  'Stem communicatie af met de school van de dader',
  'Evalueer met slachtoffer, ouders en docenten',
  'Vraag terugkoppeling aan de school van de dader',
  'Evalueer het proces in het ZAT-overleg met alle professionele betrokkenen',
  'Plan momenten in voor nazorg aan alle betrokkenen',
  'Verwerk evaluatie in protocol/handelingsplan',
];
/** Phase-level lines the card turns into steps of their own. */
const PHASE_LINES_AS_STEPS = [
  'Denk na over passende boodschap naar leerlingen: problematiseren of normaliseren?',
  'Weet wat er online speelt: monitor actief sociale media op berichten rondom jouw school',
];

const norm = (s: string): string => s.trim().replace(/\.$/, '').replace(/’/g, "'").toLowerCase();
const titles = STEPS.map((s) => norm(s.title));

/**
 * The app addresses colleagues with "je" (parents and outsiders get "u"); the card's two
 * statement questions are the only lines in the formal form, and the app asks them with "je".
 */
const AS_JE: Record<string, string> = {
  'wat speelt er? wat vindt u?': 'wat speelt er? wat vind je?',
  'wat doet u? waarom?': 'wat doe je? waarom?',
};
const colleagueAddress = (line: string): string => AS_JE[line] ?? line;

describe('protocol card: phases', () => {
  it('has the six phases in card order', () => {
    expect(PHASES.map((p) => p.id)).toEqual([...PHASE_IDS]);
    expect(PHASES.map((p) => p.title)).toEqual([
      'Analyseer',
      'Reageer',
      'Faciliteer',
      'Activeer',
      'Communiceer',
      'Evalueer',
    ]);
    expect(PHASES.map((p) => p.order)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('every phase has steps and a summary', () => {
    for (const phase of PHASES) {
      expect(STEPS.filter((s) => s.phaseId === phase.id).length, phase.id).toBeGreaterThan(0);
      expect(phase.summary.length).toBeGreaterThan(20);
    }
  });

  it('keeps the key phase-level texts', () => {
    const tips = (id: string) => PHASES.find((p) => p.id === id)?.tips ?? [];
    expect(tips('analyseer')).toContain('Handel snel, maar wel doordacht');
    expect(tips('analyseer')).toContain('Benader de betrokkenen cultuursensitief: wat ligt gevoelig?');
    expect(tips('faciliteer').join(' ')).toContain('ZONDER VERSPREIDERS GEEN SHAME SEXTING!');
    expect(tips('faciliteer')).toContain('Zet negatieve groepsdruk om in positieve groepsdynamiek');
    expect(tips('evalueer')).toContain('Output is input voor het protocol & preventiemaatregelen!');
  });
});

describe('protocol card: steps', () => {
  it('contains every step of the card, in card order', () => {
    const expected = [...CARD_STEP_TITLES, ...PHASE_LINES_AS_STEPS].map(norm);
    for (const title of expected) expect(titles, title).toContain(title);
    const cardOnly = titles.filter((t) => CARD_STEP_TITLES.map(norm).includes(t));
    expect(cardOnly).toEqual(CARD_STEP_TITLES.map(norm));
    expect(STEPS).toHaveLength(expected.length);
  });

  it('numbers steps 1..n and keeps phases contiguous', () => {
    expect(STEPS.map((s) => s.order)).toEqual(STEPS.map((_, i) => i + 1));
    const phaseOrder = STEPS.map((s) => PHASES.findIndex((p) => p.id === s.phaseId));
    expect([...phaseOrder].sort((a, b) => a - b)).toEqual(phaseOrder);
  });

  it('has unique kebab-case ids, also for sub-points within a step', () => {
    const ids = STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const step of STEPS) {
      expect(step.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const subIds = step.subPoints.map((p) => p.id);
      expect(new Set(subIds).size, step.id).toBe(subIds.length);
      for (const id of subIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('only requires existing, earlier-or-other steps and never itself', () => {
    const ids = new Set(STEPS.map((s) => s.id));
    for (const step of STEPS) {
      for (const req of step.requires) {
        expect(ids.has(req), `${step.id} requires ${req}`).toBe(true);
        expect(req).not.toBe(step.id);
      }
    }
  });

  it('has no dependency cycles', () => {
    const byId = new Map<string, (typeof STEPS)[number]>(STEPS.map((s) => [s.id, s]));
    const visit = (id: string, path: string[]): void => {
      expect(path, `cycle via ${id}`).not.toContain(id);
      for (const req of byId.get(id)?.requires ?? []) visit(req, [...path, id]);
    };
    for (const step of STEPS) visit(step.id, []);
  });

  it('encodes the required dependencies', () => {
    const req = (id: string) => STEPS.find((s) => s.id === id)?.requires ?? [];
    expect(req('melding-aangifte')).toContain('politie-advies');
    expect(req('communiceer-conform-statement')).toContain('communicatiestatement');
    expect(req('informeer-ouders-klasgenoten')).toContain('communicatiestatement');
  });

  it('marks exactly the "Indien van toepassing" steps as conditional', () => {
    const conditional = STEPS.filter((s) => s.conditional !== null).map((s) => [s.id, s.conditional]);
    expect(conditional).toEqual([
      ['contact-school-dader', 'andere-school'],
      ['informeer-ouders-overige-klassen', 'verspreiding'],
      ['afstemmen-school-dader', 'andere-school'],
      ['terugkoppeling-school-dader', 'andere-school'],
    ]);
  });

  it('uses only known tools, with the decision and monitoring steps as the brief says', () => {
    for (const step of STEPS) expect(TOOL_KINDS).toContain(step.tool);
    const tool = (title: string) => STEPS.find((s) => s.title === title)?.tool;
    expect(tool(PHASE_LINES_AS_STEPS[0] ?? '')).toBe('decision');
    expect(tool(PHASE_LINES_AS_STEPS[1] ?? '')).toBe('monitoring');
    expect(Object.keys(TOOL_KIND_LABELS).sort()).toEqual([...TOOL_KINDS].sort());
  });

  it('has Dutch guidance for every step and sensible due offsets', () => {
    for (const step of STEPS) {
      expect(step.guidance.length, step.id).toBeGreaterThan(100);
      if (step.defaultDueHours !== null) expect(step.defaultDueHours).toBeGreaterThan(0);
      if (step.urgent) expect(step.defaultDueHours, step.id).not.toBeNull();
      if (step.urgent) expect(step.defaultDueHours ?? Infinity, step.id).toBeLessThanOrEqual(24);
    }
    const victim = STEPS.find((s) => s.id === 'aandacht-slachtoffer');
    expect(victim?.urgent).toBe(true);
    expect(victim?.defaultDueHours).toBeLessThanOrEqual(2);
  });

  it('links only to https allowlisted Dutch help sites', () => {
    const allowlist = [
      'www.meldknop.nl',
      'www.helpwanted.nl',
      'www.politie.nl',
      'www.offlimits.nl',
      'www.halt.nl',
    ];
    for (const host of ALLOWED_LINK_HOSTS) expect(allowlist).toContain(host);
    const links = STEPS.flatMap((s) => s.links ?? []);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const url = new URL(link.url);
      expect(url.protocol).toBe('https:');
      expect(allowlist).toContain(url.hostname);
      expect(link.label.length).toBeGreaterThan(0);
    }
    expect(STEPS.find((s) => s.id === 'offline-halen')?.links?.map((l) => l.url)).toContain(
      'https://www.meldknop.nl',
    );
  });
});

describe('protocol card: supporting data', () => {
  it('has preparation checklists for conversation steps', () => {
    for (const step of STEPS.filter((s) => s.tool === 'conversation')) {
      expect(CONVERSATION_PREPARATION[step.id]?.length, step.id).toBeGreaterThan(3);
    }
    const prepVictimParents = (CONVERSATION_PREPARATION['gesprek-ouders-slachtoffer'] ?? [])
      .map((i) => i.label)
      .join(' ');
    for (const word of ['schaamte', 'boosheid', 'verdriet', 'onmacht', 'tolk', 'hulp', 'Cultuursensitieve']) {
      expect(prepVictimParents).toContain(word);
    }
    expect(CONVERSATION_PREPARATION['aandacht-slachtoffer']).toBeDefined();
    for (const [stepId, items] of Object.entries(CONVERSATION_PREPARATION)) {
      expect(STEPS.some((s) => s.id === stepId)).toBe(true);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    }
  });

  it('has options for every decision step', () => {
    for (const step of STEPS.filter((s) => s.tool === 'decision')) {
      const options = DECISION_OPTIONS[step.id] ?? [];
      expect(options.length, step.id).toBeGreaterThanOrEqual(3);
      expect(new Set(options.map((o) => o.id)).size).toBe(options.length);
    }
    expect(DECISION_OPTIONS['boodschap-leerlingen']?.map((o) => o.id)).toEqual([
      'problematiseren',
      'normaliseren',
      'combinatie',
    ]);
    const alternatives = DECISION_OPTIONS['alternatieve-interventies']?.map((o) => o.id) ?? [];
    for (const id of ['herstelgesprek', 'mediation', 'halt']) expect(alternatives).toContain(id);
  });

  it('has the report decisions, media questions and aftercare offsets', () => {
    expect(REPORT_DECISIONS.map((d) => d.id)).toEqual(['geen-melding', 'melding', 'aangifte']);
    const media = MEDIA_PLAN_QUESTIONS.map((q) => q.label);
    expect(media).toContain('Wie doet wat?');
    expect(media.join(' ')).toContain('journalisten en cameraploegen');
    expect(media.join(' ')).toContain('woordvoerder');
    expect(media.join(' ')).toContain('receptie');
    expect(AFTERCARE_DEFAULT_OFFSETS_DAYS).toEqual([7, 42, 90]);
  });
});

/**
 * Walks the original card text: every '- ' line must be a step title, every
 * ' - ' line a sub-point of that step, every following line a tip, link or the
 * conditional marker, and every free-standing line a phase tip or a step title.
 */
describe('protocol card: faithful to the seed text', () => {
  const lines = readFileSync(SEED, 'utf8').split(/\r?\n/);
  const phaseByHeading = new Map(PHASES.map((p) => [p.title.toUpperCase(), p]));

  it('maps every line of the card', () => {
    let phase: (typeof PHASES)[number] | undefined;
    let step: (typeof STEPS)[number] | undefined;
    let checked = 0;
    for (const raw of lines) {
      const line = raw.trimEnd();
      if (line.trim() === '') {
        step = undefined;
        continue;
      }
      if (phaseByHeading.has(line.trim())) {
        phase = phaseByHeading.get(line.trim());
        step = undefined;
        continue;
      }
      if (!phase) continue; // title and goal
      checked += 1;
      if (line.startsWith('- ')) {
        const title = norm(line.slice(2));
        step = STEPS.find((s) => norm(s.title) === title);
        expect(step, `step for "${line}"`).toBeDefined();
        expect(step?.phaseId).toBe(phase.id);
      } else if (line.startsWith(' - ')) {
        const text = colleagueAddress(norm(line.slice(3)));
        const match = step?.subPoints.some(
          (p) => norm(p.label) === text || norm(p.label + (p.help ?? '')) === text,
        );
        expect(match, `sub-point "${line}" of ${step?.id}`).toBe(true);
      } else if (step) {
        const text = line.trim();
        if (text === 'Indien van toepassing') {
          expect(step.conditional, step.id).not.toBeNull();
        } else {
          expect(step.tips, `tip "${text}" of ${step.id}`).toContain(text);
          if (text.startsWith('www.')) {
            expect(step.links?.map((l) => l.url)).toContain(`https://${text}`);
          }
        }
      } else {
        const text = line.trim();
        const inPhaseTips = phase.tips.some((t) => t.includes(text));
        const isStep = titles.includes(norm(text));
        expect(inPhaseTips || isStep, `phase text "${text}"`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('has exactly as many conditional steps as "Indien van toepassing" lines', () => {
    const markers = lines.filter((l) => l.trim() === 'Indien van toepassing').length;
    expect(STEPS.filter((s) => s.conditional !== null)).toHaveLength(markers);
  });
});
