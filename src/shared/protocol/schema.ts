import { z } from 'zod';
import { ALLOWED_LINK_HOSTS } from './card';
import { PHASE_IDS, TOOL_KINDS } from './types';
import { STEPS } from './card';
import { isCardStepId, isStepId, type StepId } from './step-ids';

/**
 * zod schemas for protocol data. The built-in card and every school version (made in the
 * app or imported from a file) pass through the same schemas, so a school version can never
 * hold something the step screens do not understand.
 */

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}: tekst verwacht.` })
    .trim()
    .max(max, { error: `${label} is te lang (maximaal ${max} tekens).` });
const requiredText = (label: string, max: number) => text(label, max).min(1, { error: `${label} is verplicht.` });

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const StepIdSchema = z
  .string({ error: 'Stap-id: tekst verwacht.' })
  .max(80, { error: 'Stap-id is te lang.' })
  .regex(KEBAB, { error: 'Een stap-id bestaat uit kleine letters, cijfers en streepjes.' });

/** A step's own id in a protocol version: one of the card's, or `school-…` for a step the school added. */
export const ProtocolStepIdSchema = StepIdSchema.refine((s): s is StepId => isStepId(s), {
  error: (issue) => `Onbekende stap: ${String(issue.input)} (een eigen stap van de school begint met "school-").`,
});

export const SubPointSchema = z
  .object({
    id: StepIdSchema,
    label: requiredText('Deelpunt', 300),
    help: text('Toelichting bij deelpunt', 1_000).optional(),
  })
  .strict();

export const HelpLinkSchema = z
  .object({
    label: requiredText('Naam van de link', 200),
    url: z
      .string()
      .max(300)
      .refine(
        (url) => {
          try {
            const parsed = new URL(url);
            return parsed.protocol === 'https:' && ALLOWED_LINK_HOSTS.includes(parsed.host);
          } catch {
            return false;
          }
        },
        { error: 'Een hulplink moet naar een van de vaste Nederlandse hulpsites (https) wijzen.' },
      ),
  })
  .strict();

export const PhaseSchema = z
  .object({
    id: z.enum(PHASE_IDS, { error: 'Onbekende fase.' }),
    title: requiredText('Fasenaam', 80),
    order: z.number().int().min(1).max(PHASE_IDS.length),
    summary: text('Samenvatting van de fase', 2_000),
    tips: z.array(requiredText('Tip', 500)).max(30),
  })
  .strict();

/** Why a step does not apply to this school at all (the school's own choice, with its reason). */
export const SchoolNotApplicableSchema = z
  .object({ reason: requiredText('Reden waarom de stap niet van toepassing is', 1_000) })
  .strict();

export const ProtocolStepSchema = z
  .object({
    id: ProtocolStepIdSchema,
    phaseId: z.enum(PHASE_IDS, { error: 'Onbekende fase.' }),
    order: z.number().int().min(1).max(500),
    title: requiredText('Titel van de stap', 200),
    guidance: text('Uitleg bij de stap', 10_000),
    tips: z.array(requiredText('Tip', 500)).max(30),
    subPoints: z.array(SubPointSchema).max(40),
    conditional: z.enum(['andere-school', 'verspreiding']).nullable(),
    urgent: z.boolean(),
    defaultDueHours: z
      .number({ error: 'Termijn: getal (uren) verwacht.' })
      .int({ error: 'Termijn in hele uren.' })
      .min(0, { error: 'Een termijn kan niet negatief zijn.' })
      .max(24 * 366, { error: 'Een termijn van meer dan een jaar is niet mogelijk.' })
      .nullable(),
    tool: z.enum(TOOL_KINDS, { error: 'Onbekend hulpmiddel bij de stap.' }),
    requires: z.array(ProtocolStepIdSchema).max(40),
    links: z.array(HelpLinkSchema).max(10).optional(),
    schoolNotApplicable: SchoolNotApplicableSchema.nullable().optional(),
  })
  .strict();

export const SchoolContactSchema = z
  .object({
    id: StepIdSchema,
    name: requiredText('Naam van het contact', 200),
    role: text('Rol of organisatie', 200),
    phone: text('Telefoon', 60),
    email: text('E-mail', 200),
    note: text('Waarvoor', 1_000),
  })
  .strict();
export type SchoolContact = z.infer<typeof SchoolContactSchema>;

/** The content of one protocol version: phases, steps (in order) and the school's contacts. */
export const ProtocolDefinitionSchema = z
  .object({
    phases: z.array(PhaseSchema).length(PHASE_IDS.length, { error: 'Een protocol heeft precies zes fasen.' }),
    steps: z.array(ProtocolStepSchema).min(1).max(200),
    contacts: z.array(SchoolContactSchema).max(50),
  })
  .strict()
  .superRefine((def, ctx) => {
    def.phases.forEach((phase, i) => {
      if (phase.id !== PHASE_IDS[i] || phase.order !== i + 1) {
        ctx.addIssue({ code: 'custom', message: 'De fasen staan niet in de vaste volgorde.' });
      }
    });
    const ids = new Set<string>();
    let lastPhase = 0;
    def.steps.forEach((step, i) => {
      if (ids.has(step.id)) ctx.addIssue({ code: 'custom', message: `Stap-id komt twee keer voor: ${step.id}.` });
      ids.add(step.id);
      if (step.order !== i + 1) ctx.addIssue({ code: 'custom', message: `Stap ${step.id} heeft een verkeerd volgnummer.` });
      const phaseIndex = PHASE_IDS.indexOf(step.phaseId);
      if (phaseIndex < lastPhase) {
        ctx.addIssue({ code: 'custom', message: `Stap ${step.id} staat niet bij zijn fase.` });
      }
      lastPhase = Math.max(lastPhase, phaseIndex);
      const subIds = new Set(step.subPoints.map((p) => p.id));
      if (subIds.size !== step.subPoints.length) {
        ctx.addIssue({ code: 'custom', message: `Stap ${step.id} heeft twee deelpunten met dezelfde id.` });
      }
    });
    for (const step of def.steps) {
      // A step's record is typed by its tool (records.ts): a card step keeps the card's tool, a
      // school step is a checklist, so stored step data always fits the version that shows it.
      const expected = isCardStepId(step.id) ? CARD_TOOL.get(step.id) : 'checklist';
      if (step.tool !== expected) {
        ctx.addIssue({ code: 'custom', message: `Stap ${step.id} gebruikt een ander hulpmiddel dan Vangnet bij deze stap kent.` });
      }
      for (const req of step.requires) {
        if (!ids.has(req)) {
          ctx.addIssue({ code: 'custom', message: `Stap ${step.id} wacht op een stap die niet bestaat: ${req}.` });
        }
      }
    }
    const contactIds = new Set(def.contacts.map((c) => c.id));
    if (contactIds.size !== def.contacts.length) {
      ctx.addIssue({ code: 'custom', message: 'Twee contacten hebben dezelfde id.' });
    }
  });
const CARD_TOOL: ReadonlyMap<string, string> = new Map(STEPS.map((s) => [s.id, s.tool]));

export type ProtocolDefinition = z.infer<typeof ProtocolDefinitionSchema>;

/** First message of a failed parse, for a calm Dutch error. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? issue.message : 'Ongeldige protocolgegevens.';
}
