/** Raised by the hand-over triggers (migration 0007-exchange); the dispatcher turns it into a FORBIDDEN answer. Lives with the migration that raises it, so the vault never imports an area. */
export const HANDED_OVER_MARKER = 'vangnet: dossier handed over';
