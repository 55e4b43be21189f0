/** Mantine's clear (×) buttons have no text; this gives them a Dutch accessible name. */
export const CLEAR_BUTTON = { 'aria-label': 'Wissen' } as const;
