import fs from 'node:fs';
import path from 'node:path';
import { type DocumentOptions } from '../../shared/api/documents';
import { DOCUMENT_KIND_INFO, DOSSIER_DOCUMENT_KINDS, type DocumentAudience, type DocumentKind, type DossierDocumentKind } from '../../shared/domain/documents';
import type { OpInput, OpName, OpOutput } from '../../shared/api';
import { PERSON_ROLE_LABELS } from '../../shared/domain';
import { readToolRecord } from '../../shared/protocol';
import type { Dispatch } from '../api';
import type { CoreContext } from '../context';
import { loadDossierDetail } from '../dossiers';
import { readSchoolProfile } from '../school-profile';
import { generateRecoveryKey } from '../vault';
import { buildRecoverySheet, statementText } from './kinds';
import { listLetterParts, listNameParts, suggestNameParts } from './letters';
import { parseClassList } from './mail-merge';
import { dutchDate } from './model';
import { renderPdf } from './render-pdf';
import { buildSubjectAccessDocument } from '../evaluation';
import { dayInSentence, demoCallBackDay, schoolDayFrom } from '../demo';
import { renderPlain } from './plain-pdf';
import { subjectAccessSources } from './subject-access-sources';
import { concernedPersons, produceDocument, produceMerge, recordGenerated, writeDocumentFile } from './service';
import * as store from './store';

/**
 * The documents part of the headless demo (`npm run demo -- <outdir>`): writes every
 * document kind for the demo dossier into <outdir>/documents, plus manifest.json listing
 * each file's kind and intended audience and the dossier's persons with their roles, so a
 * check can confirm that no group document names a pupil. All data is fictitious.
 */

/** A fictitious class list in Magister's export format (';', BOM), with one bad row on purpose. */
export const DEMO_CLASS_LIST =
  '\uFEFFNaam ouder/verzorger;Roepnaam;Tussenvoegsel;Achternaam;Klas;Adres;Postcode;Woonplaats;E-mail\n' +
  'Fatma Çelik;Emre;;Çelik;H3B;Lindelaan 4;3521 AA;Utrecht;\n' +
  'Henk de Vries;Sanne;de;Vries;H3B;Beukenlaan 10;3521 AB;Utrecht;\n' +
  'Zsófia Kovács;Bence;;Kovács;H3B;Eikenlaan 7;3521 AC;Utrecht;\n' +
  'Grzegorz Brzęczyszczykiewicz;Kasia;;Brzęczyszczykiewicz;H3B;Populierenlaan 2;3521 AD;Utrecht;\n' +
  'Nguyễn Thị Lan;Minh;;Nguyễn;H3B;Esdoornlaan 15;3521 AE;Utrecht;\n' +
  'Yusuf Al-Rāshid;Layla;;Al-Rāshid;H3B;Wilgenlaan 21;3521 AF;Utrecht;\n' +
  'Onbekend;Tim;;Bakker;H3B;Iepenlaan 3;35AB 12;Utrecht;\n';

export interface DemoManifest {
  generatedAt: string;
  dossierId: string;
  persons: Array<{ name: string; role: string; roleLabel: string }>;
  documents: Array<{
    /** 'inzage': the subject access export (not a dossier document kind). */
    kind: DocumentKind | 'inzage';
    label: string;
    audience: DocumentAudience;
    file: string;
    pages: number;
    mailMerge?: { letters: number; rejectedRows: Array<{ line: number; message: string }> };
    note?: string;
  }>;
}

/** The part of the service the demo drives (structural, so documents never imports the composition). */
interface VangnetService {
  ctx: CoreContext;
  dispatch: Dispatch;
}

async function must<K extends OpName>(dispatch: Dispatch, op: K, input: OpInput<K>): Promise<OpOutput<K>> {
  const r = await dispatch(op, input);
  if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
  return r.value as OpOutput<K>;
}

/** Adds what the letters need when the base demo has not recorded it yet (statement, talks, contacts, media plan). */
async function completeForDocuments(service: VangnetService, dossierId: string): Promise<void> {
  const { dispatch, ctx } = service;
  const detail = loadDossierDetail(ctx, dossierId);
  if (store.listStatementVersions(ctx.db(), dossierId).length === 0) {
    await must(dispatch, 'statement.saveDraft', {
      dossierId,
      parts: {
        watSpeelt:
          'Er is een naaktfoto van een leerling van onze school zonder toestemming rondgestuurd via sociale media. Wij vinden dit heel ernstig. Het doorsturen doet de leerling veel pijn en is strafbaar.',
        watDoet:
          'Wij steunen de betrokken leerling en de ouders. Wij spreken de leerlingen aan die de foto hebben doorgestuurd, vragen iedereen de foto overal te verwijderen en werken samen met de politie. Zo willen wij de rust en de veiligheid op school zo snel mogelijk herstellen.',
        contactpersoon:
          'Heeft u vragen? Neem contact op met de zorgcoördinator via 030 234 56 78 of zorg@hetbaken.example. Journalisten verwijzen wij naar de directeur.',
      },
    });
    await must(dispatch, 'statement.publish', { dossierId });
  }
  const perpetrator = detail.persons.find((p) => p.role === 'dader');
  const perpetratorParent = detail.persons.find((p) => p.role === 'ouder' && p.relatedPersonId === perpetrator?.id);
  if (perpetratorParent && !detail.conversations.some((c) => c.stepId === 'gesprek-ouders-dader')) {
    await must(dispatch, 'conversation.add', {
      dossierId,
      conversation: {
        stepId: 'gesprek-ouders-dader',
        withWhom: perpetratorParent.name,
        personIds: [perpetratorParent.id],
        heldAt: new Date(Date.parse(detail.dossier.discoveredAt) + 30 * 3600_000).toISOString(),
        heldBy: detail.dossier.lead,
        location: 'Kamer zorgcoördinator (met tolk)',
        preparation: { tolk: true, emoties: true },
        summary:
          'Wij hebben uitgelegd wat er is gebeurd en waarom het doorsturen zo veel schade doet. De ouders waren geschrokken en willen meewerken.',
        agreements: `De ouders verwijderen de foto nog dezelfde dag van alle telefoons en uit de cloud. Op ${dayInSentence(schoolDayFrom(new Date(Date.parse(detail.dossier.discoveredAt) + (30 + 14 * 24) * 3600_000)))} praten we verder.`,
        followUp: '',
      },
    });
  }
  if (detail.dossier.otherSchoolInvolved && !detail.persons.some((p) => p.role === 'school-dader')) {
    await must(dispatch, 'person.add', {
      dossierId,
      person: {
        role: 'school-dader',
        name: 'mevrouw E. Doğan',
        className: '',
        school: perpetrator?.school || 'Andere school',
        phone: '',
        email: '',
        address: 'Postbus 2040\n3500 GA Utrecht',
        relatedPersonId: null,
        language: '',
        interpreterNeeded: false,
        sensitivities: '',
        notes: '',
      },
    });
  }
  await writeLetterParts(service, dossierId);
  const media = detail.steps.find((s) => s.stepId === 'media-voorbereiding');
  if (Object.keys(readToolRecord('media-plan', media?.data).answers).length === 0) {
    await must(dispatch, 'step.update', {
      dossierId,
      stepId: 'media-voorbereiding',
      patch: {
        data: {
          tool: 'media-plan',
          answers: {
            woordvoerder: 'De directeur (030 234 56 70); bij afwezigheid de adjunct-directeur.',
            'wie-doet-wat': 'Directeur: pers. Zorgcoördinator: ouders. Mentor: klas. Conciërge: toegang tot het terrein.',
            'statement-online': 'De communicatiemedewerker zet het statement binnen een uur online als dat nodig is.',
            'receptie-poort': 'Geen informatie geven, pers niet binnenlaten, doorverbinden met de directeur.',
          },
        },
      },
    });
  }
}

/**
 * What the coordinator fills in in the letter flow: name parts for the salutations and, per
 * conversation with a parent, the part written for the letter (the internal notes stay in
 * the dossier). Only what is not recorded yet.
 */
async function writeLetterParts(service: VangnetService, dossierId: string): Promise<void> {
  const { dispatch, ctx } = service;
  const detail = loadDossierDetail(ctx, dossierId);
  const names = listNameParts(ctx.db(), dossierId);
  const parts = listLetterParts(ctx.db(), dossierId);
  for (const p of detail.persons.filter((x) => x.role === 'ouder' || x.role === 'school-dader')) {
    if (names.has(p.id)) continue;
    const guess = suggestNameParts(p.name.replace(/^(mevrouw|mevr\.|de heer|dhr\.)\s+/i, ''));
    const female = /^(mevrouw|mevr\.)/i.test(p.name) || /(a|e)$/i.test(p.name.split(/\s+/)[0] ?? '') || /ş/i.test(p.name);
    await must(dispatch, 'letters.saveNameParts', { dossierId, personId: p.id, parts: { ...guess, salutation: female ? 'mevrouw' : 'heer' } });
  }
  for (const c of detail.conversations) {
    if (parts.has(c.id)) continue;
    if (c.stepId === 'gesprek-ouders-slachtoffer') {
      await must(dispatch, 'letters.saveLetterParts', {
        dossierId,
        conversationId: c.id,
        parts: {
          discussed:
            'Dank u dat u zo snel naar school kon komen. We hebben besproken wat er is gebeurd, hoe het nu met uw kind gaat en wat hij de komende dagen nodig heeft. We begrijpen dat dit veel met u en uw familie doet.',
          agreed:
            `- De school vraagt via Helpwanted om de foto offline te halen.\n- De mentor is uw vaste aanspreekpunt op school.\n- Op ${dayInSentence(demoCallBackDay(ctx.now()))} om 16.00 uur belt de mentor u terug.`,
        },
      });
    } else if (c.stepId === 'gesprek-ouders-dader') {
      await must(dispatch, 'letters.saveLetterParts', {
        dossierId,
        conversationId: c.id,
        parts: {
          discussed: 'We hebben uitgelegd wat er is gebeurd en waarom het doorsturen zo veel schade doet. Fijn dat u wilt meewerken.',
          agreed: `- U hebt toegezegd de foto op ${dutchDate(c.heldAt).replace(/ \d{4}$/, '')} van alle telefoons en uit de cloud te verwijderen.\n- Op ${dayInSentence(schoolDayFrom(new Date(Date.parse(c.heldAt) + 14 * 24 * 3600_000)))} praten we verder.`,
        },
      });
    }
  }
}

/**
 * The demo's choices in the letter flow: the victim's mother asked for no letter via the
 * home address and the perpetrator's parents need an interpreter, so both letters are
 * handed over in person.
 */
const DEMO_OPTIONS: Partial<Record<DossierDocumentKind, DocumentOptions>> = {
  'letter-victim-parents': { delivery: { mode: 'persoonlijk', warningsRead: true } },
  'letter-perpetrator-parents': { delivery: { mode: 'persoonlijk', warningsRead: true } },
};

export async function writeAllDocuments(
  service: VangnetService,
  outdir: string,
  dossierId?: string,
  recoveryKey?: string,
): Promise<{ count: number; manifest: DemoManifest }> {
  const { ctx } = service;
  const id =
    dossierId ??
    (ctx.db().prepare('SELECT id FROM dossiers ORDER BY created_at DESC LIMIT 1').get() as { id: string } | undefined)?.id;
  if (!id) throw new Error('writeAllDocuments: no dossier in the vault');
  await completeForDocuments(service, id);

  const dir = path.join(outdir, 'documents');
  fs.mkdirSync(dir, { recursive: true });
  const manifest: DemoManifest = { generatedAt: ctx.nowIso(), dossierId: id, persons: [], documents: [] };
  const write = (file: string, bytes: Buffer | string) => fs.writeFileSync(path.join(dir, file), bytes);

  for (const kind of DOSSIER_DOCUMENT_KINDS) {
    const produced = await produceDocument(ctx, id, kind, DEMO_OPTIONS[kind] ?? {});
    const file = `${kind}.pdf`;
    const made = await writeDocumentFile(path.join(dir, file), produced.pdf.bytes);
    recordGenerated(ctx, {
      dossierId: id,
      kind,
      audience: DOCUMENT_KIND_INFO[kind].audience,
      recipientLabel: produced.built[0]?.recipientLabel ?? '',
      pages: produced.pdf.pages,
      delivery: 'opgeslagen',
      fileName: file,
      concerns: concernedPersons(produced.data, produced.built),
    }, [made]);
    manifest.documents.push({ kind, label: DOCUMENT_KIND_INFO[kind].label, audience: DOCUMENT_KIND_INFO[kind].audience, file, pages: produced.pdf.pages });
  }

  // The overview's second form: for the police (third parties left out, and said so).
  const external = await produceDocument(ctx, id, 'dossier-overview', { overview: { form: 'extern', includeThirdParties: false } });
  const externalFile = await writeDocumentFile(path.join(dir, 'dossier-overview-extern.pdf'), external.pdf.bytes);
  recordGenerated(ctx, {
    dossierId: id,
    kind: 'dossier-overview',
    audience: 'individual',
    recipientLabel: external.built[0]?.recipientLabel ?? '',
    pages: external.pdf.pages,
    delivery: 'opgeslagen',
    fileName: 'dossier-overview-extern.pdf',
    concerns: concernedPersons(external.data, external.built),
  }, [externalFile]);
  manifest.documents.push({
    kind: 'dossier-overview',
    label: 'Dossieroverzicht voor externe partij',
    audience: 'individual',
    file: 'dossier-overview-extern.pdf',
    pages: external.pdf.pages,
  });

  // The inzage export (AVG art. 15) the victim's mother asked for: her own name readable, the
  // names of others made unreadable.
  const persons = loadDossierDetail(ctx, id).persons;
  const victim = persons.find((p) => p.role === 'slachtoffer');
  if (victim) {
    const mother = persons.find((p) => p.role === 'ouder' && p.relatedPersonId === victim.id);
    const access = buildSubjectAccessDocument(ctx, [victim.id], subjectAccessSources, mother?.id);
    const pdf = await renderPlain(access.doc, readSchoolProfile(ctx), ctx.now(), 'individual');
    write('inzage-slachtoffer.pdf', pdf.bytes);
    manifest.documents.push({
      kind: 'inzage',
      label: 'Inzageoverzicht (AVG artikel 15) van het slachtoffer',
      audience: 'individual',
      file: 'inzage-slachtoffer.pdf',
      pages: pdf.pages,
    });
  }

  const published = store.listStatementVersions(ctx.db(), id)[0];
  if (published) {
    write('statement.txt', statementText(published, readSchoolProfile(ctx).name));
    manifest.documents.push({ kind: 'statement', label: 'Communicatiestatement (tekst voor de website)', audience: 'group', file: 'statement.txt', pages: 0 });
  }

  const classList = parseClassList(DEMO_CLASS_LIST);
  const merged = await produceMerge(ctx, id, 'letter-class-parents', classList.rows, {});
  write('letter-class-parents-samenvoegen.pdf', merged.pdf.bytes);
  manifest.documents.push({
    kind: 'letter-class-parents',
    label: 'Brief aan ouders van klasgenoten (samengevoegd per ouder)',
    audience: 'group',
    file: 'letter-class-parents-samenvoegen.pdf',
    pages: merged.pdf.pages,
    mailMerge: { letters: classList.rows.length, rejectedRows: classList.errors },
  });

  const key = recoveryKey ?? generateRecoveryKey();
  const sheet = await renderPdf([buildRecoverySheet(key, readSchoolProfile(ctx), ctx.nowIso())], {
    author: readSchoolProfile(ctx).name || 'Vangnet',
    logoDataUrl: null,
    returnAddress: '',
  });
  write('recovery-sheet.pdf', sheet.bytes);
  manifest.documents.push({
    kind: 'recovery-sheet',
    label: DOCUMENT_KIND_INFO['recovery-sheet'].label,
    audience: 'individual',
    file: 'recovery-sheet.pdf',
    pages: sheet.pages,
    ...(recoveryKey ? {} : { note: 'Voorbeeldsleutel: de demo gaf de echte herstelsleutel niet door.' }),
  });

  manifest.persons = loadDossierDetail(ctx, id).persons.map((p) => ({ name: p.name, role: p.role, roleLabel: PERSON_ROLE_LABELS[p.role] }));
  write('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return { count: manifest.documents.length, manifest };
}
