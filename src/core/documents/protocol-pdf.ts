import type { DocBlock, DocModel } from '../../shared/domain/documents';
import type { SchoolProfile } from '../../shared/domain';
import { formatDueHours, type ProtocolVersion, type ProtocolVersionSummary } from '../../shared/protocol';
import { dutchDate, emptyModel, returnAddress, shortDate } from './model';
import { renderPdf } from './render-pdf';

export function protocolPdfTitle(v: Pick<ProtocolVersion, 'version' | 'establishedAt'>): string {
  return `Ons stappenplan bij een rondgaande naaktfoto of seksfilmpje (versie ${v.version}, vastgesteld op ${dutchDate(v.establishedAt)})`;
}

const ORIGIN_LABEL = { kaart: 'Landelijke kaart', school: 'Eigen aanpassing', import: 'Ingelezen' } as const;

/**
 * The school's protocol for its handbook and safety plan: every phase and step as the school
 * follows it, the school's contacts, and the change history of all versions up to this one.
 * Contains no dossier data, so it is a group document.
 */
export function protocolDocument(
  v: ProtocolVersion,
  history: readonly ProtocolVersionSummary[],
  school: SchoolProfile,
  nowIso: string,
): DocModel {
  const blocks: DocBlock[] = [];
  blocks.push({
    type: 'paragraph',
    text: `Dit is het stappenplan dat ${school.name || 'onze school'} volgt wanneer er een naaktfoto of seksfilmpje van een leerling rondgaat. Het is gebaseerd op de landelijke kaart "Help! Er circuleert een naaktfoto / seksfilmpje op mijn school!" en aangepast aan onze school. Termijnen gelden vanaf het moment dat de school ervan hoort.`,
  });
  for (const phase of v.definition.phases) {
    blocks.push({ type: 'heading', text: `${phase.order}. ${phase.title}` });
    if (phase.summary) blocks.push({ type: 'paragraph', text: phase.summary, tone: 'muted' });
    for (const step of v.definition.steps.filter((s) => s.phaseId === phase.id)) {
      const marks = [
        step.urgent ? 'eerste 24 uur' : '',
        step.defaultDueHours !== null ? `termijn: ${formatDueHours(step.defaultDueHours)}` : '',
        step.conditional === 'andere-school' ? 'alleen als de dader op een andere school zit' : '',
        step.conditional === 'verspreiding' ? 'bij verspreiding buiten de klas' : '',
      ].filter(Boolean);
      blocks.push({
        type: 'paragraph',
        tone: 'strong',
        text: `${step.title}${marks.length ? ` (${marks.join('; ')})` : ''}`,
      });
      if (step.schoolNotApplicable) {
        blocks.push({ type: 'paragraph', tone: 'muted', text: `Niet van toepassing op onze school: ${step.schoolNotApplicable.reason}` });
        continue;
      }
      for (const para of step.guidance.split(/\n\s*\n/).filter((p) => p.trim())) blocks.push({ type: 'paragraph', text: para.trim() });
      if (step.subPoints.length) blocks.push({ type: 'bullets', items: step.subPoints.map((p) => p.label) });
      if (step.tips.length) blocks.push({ type: 'paragraph', tone: 'muted', text: `Tips: ${step.tips.join(' · ')}` });
    }
  }
  blocks.push({ type: 'heading', text: 'Hulp en contacten' });
  if (v.definition.contacts.length === 0) {
    blocks.push({ type: 'paragraph', tone: 'muted', text: 'De school heeft geen eigen contacten toegevoegd.' });
  } else {
    blocks.push({
      type: 'table',
      columns: ['Contact', 'Rol of organisatie', 'Telefoon / e-mail', 'Waarvoor'],
      rows: v.definition.contacts.map((c) => [c.name, c.role, [c.phone, c.email].filter(Boolean).join('\n'), c.note]),
      widths: [0.22, 0.22, 0.26, 0.3],
    });
  }
  blocks.push({ type: 'heading', text: 'Bijlage: wijzigingsgeschiedenis' });
  for (const h of [...history].filter((x) => x.version <= v.version).sort((a, b) => a.version - b.version)) {
    blocks.push({
      type: 'paragraph',
      tone: 'strong',
      text: `Versie ${h.version}, vastgesteld op ${dutchDate(h.establishedAt)} door ${h.establishedBy} (${ORIGIN_LABEL[h.origin]}${
        h.importedFrom ? `, van ${h.importedFrom.school || 'een andere school'} versie ${h.importedFrom.version}` : ''
      })`,
    });
    if (h.changes.length === 0) {
      blocks.push({ type: 'paragraph', tone: 'muted', text: 'De landelijke kaart zoals Vangnet die meelevert.' });
      continue;
    }
    blocks.push({
      type: 'table',
      columns: ['Onderdeel', 'Wijziging', 'Reden'],
      rows: h.changes.map((c) => [
        c.subject,
        c.summary,
        [c.reason, c.essentialReason ? `Essentiële stap: ${c.essentialReason}` : '', c.improvementPointIds.length ? `Uit ${c.improvementPointIds.length} verbeterpunt${c.improvementPointIds.length === 1 ? '' : 'en'} uit de evaluatie.` : '']
          .filter(Boolean)
          .join('\n'),
      ]),
      widths: [0.28, 0.32, 0.4],
    });
  }
  const title = protocolPdfTitle(v);
  return {
    ...emptyModel('evaluation-report', school, nowIso),
    audience: 'group',
    pdfTitle: title,
    title: 'Ons stappenplan bij een rondgaande naaktfoto of seksfilmpje',
    subtitle: `Versie ${v.version}, vastgesteld op ${dutchDate(v.establishedAt)}`,
    blocks,
    footerNote: `Stappenplan versie ${v.version} (${shortDate(v.establishedAt)})`,
  };
}

export async function renderProtocolPdf(model: DocModel, school: SchoolProfile): Promise<Buffer> {
  const rendered = await renderPdf([model], {
    author: school.name || 'School',
    logoDataUrl: school.logoDataUrl || null,
    returnAddress: returnAddress(school),
  });
  return rendered.bytes;
}

/** The protocol PDF of a version with its history: what the protocol area's export asks for. */
export async function protocolPdf(
  v: ProtocolVersion,
  history: readonly ProtocolVersionSummary[],
  school: SchoolProfile,
  nowIso: string,
): Promise<Buffer> {
  return renderProtocolPdf(protocolDocument(v, history, school, nowIso), school);
}
