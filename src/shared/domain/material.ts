/**
 * What kind of material came to light. Its own module (no imports) so the logbook's typed
 * events (src/shared/protocol/events.ts) can name it without importing the dossier types,
 * which name the events: that pair would be an import cycle.
 */
export const MATERIAL_KINDS = ['foto', 'video', 'foto-en-video', 'onbekend', 'anders'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export const MATERIAL_KIND_LABELS: Record<MaterialKind, string> = {
  foto: 'Naaktfoto',
  video: 'Seksfilmpje / video',
  'foto-en-video': 'Foto en video',
  onbekend: 'Nog onbekend',
  anders: 'Anders',
};

/**
 * The material in a sentence ("Er is een naaktfoto …", "omdat er een seksfilmpje … wordt
 * verspreid"): the same words in every document, from the dossier's material kind.
 */
export const MATERIAL_IN_SENTENCE: Record<MaterialKind, string> = {
  foto: 'een naaktfoto',
  video: 'een seksfilmpje',
  'foto-en-video': 'een naaktfoto en een seksfilmpje',
  onbekend: 'seksueel beeldmateriaal',
  anders: 'seksueel beeldmateriaal',
};
