/** Raised by the hand-over triggers (migration "exchange"); the dispatcher turns it into a Dutch FORBIDDEN answer. */
export const HANDED_OVER_MARKER = 'vangnet: dossier handed over';
