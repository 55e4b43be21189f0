import { createTheme, rem, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * A calm, muted blue-teal: serious without being clinical. Shade 8 is the primary shade in
 * light mode because white text on it reaches a contrast ratio above 5.5:1 (WCAG AA).
 */
const vangnet: MantineColorsTuple = [
  '#eef5f8',
  '#dde9ef',
  '#b7d2de',
  '#8eb9cc',
  '#6ca4bd',
  '#5697b3',
  '#4a90af',
  '#3a7d9a',
  '#2e6f8a',
  '#154f66',
];

/** Platform UI fonts first (Segoe UI on the schools' Windows laptops), then the bundled face. */
const FONT_STACK =
  '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", "Vangnet Sans", "DejaVu Sans", Arial, sans-serif';

/**
 * The theme. `closeLabel` names the icon-only close buttons of dialogs, drawers and
 * notifications for screen readers, in the current language (App rebuilds it on a switch).
 */
export function createVangnetTheme(closeLabel: string) {
  const closeButtonProps = { 'aria-label': closeLabel };
  return createTheme({
    primaryColor: 'vangnet',
    primaryShade: { light: 8, dark: 5 },
    colors: { vangnet },
    fontFamily: FONT_STACK,
    fontFamilyMonospace: '"Cascadia Mono", Consolas, "DejaVu Sans Mono", "Vangnet Mono", monospace',
    headings: { fontFamily: FONT_STACK, fontWeight: '600' },
    fontSizes: { xs: rem(13), sm: rem(15), md: rem(16), lg: rem(18), xl: rem(20) },
    lineHeights: { md: '1.55' },
    defaultRadius: 'md',
    cursorType: 'pointer',
    // Visible focus for keyboard users, also after a mouse click inside a form.
    focusRing: 'auto',
    components: {
      Button: { defaultProps: { size: 'sm' } },
      Notification: { defaultProps: { withBorder: true, closeButtonProps } },
      Modal: {
        defaultProps: { closeButtonProps },
        styles: { title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } },
      },
      Drawer: { defaultProps: { closeButtonProps } },
      Paper: { defaultProps: { withBorder: true, radius: 'md' } },
      // Help and error texts under fields at the body size, not 13px: users read them under stress.
      InputWrapper: {
        styles: {
          description: { fontSize: 'var(--mantine-font-size-sm)' },
          error: { fontSize: 'var(--mantine-font-size-sm)' },
        },
      },
      // Mantine colours alert titles with the light shade of the alert colour (2.7:1 for yellow);
      // the icon and tint carry the colour, the text stays dark enough to read.
      Alert: { styles: { title: { color: 'var(--mantine-color-text)' } } },
    },
  });
}

/**
 * Mantine's default "dimmed" grey (#868e96) and error red (#fa5252) reach only 3.3:1 on white;
 * these reach 5.6:1 or more (WCAG AA for body text) and still read as secondary / as an error.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5f6770', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
