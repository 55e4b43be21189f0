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
