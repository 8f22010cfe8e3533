// The app's look: Mantine's theme with colours darkened just enough that every text a colour
// is used for (white on a filled button, coloured text on white or on its own light tint)
// reads at WCAG AA contrast (4.5:1). Mantine's stock shades 6–9 are lighter than that.
import {
  createTheme,
  darken,
  DEFAULT_THEME,
  luminance,
  Modal,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** A little above 4.5:1, so rounding in the browser never drops a colour below AA. */
export const TEXT_CONTRAST = 4.6;

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function toHex(color: string): string {
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (!match) return color;
  return `#${match
    .slice(1, 4)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The colour, darkened in small steps until it reaches `ratio` against every background. */
function darkenUntil(color: string, backgrounds: readonly string[], ratio: number): string {
  for (let amount = 0; amount < 1; amount += 0.01) {
    const candidate = toHex(darken(color, amount));
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= ratio)) return candidate;
  }
  return '#000000';
}

/**
 * Shades 6–9 carry text: 6 is the filled/outline/text colour and the light variant's text sits
 * on shade 1; each darker shade stays darker than the one before.
 */
export function readablePalette(palette: MantineColorsTuple): MantineColorsTuple {
  const tint = palette[1];
  const shade6 = darkenUntil(palette[6], ['#ffffff', tint], TEXT_CONTRAST);
  const shade7 = darkenUntil(palette[7], ['#ffffff', tint], contrastRatio(shade6, '#ffffff') + 0.6);
  const shade8 = darkenUntil(palette[8], ['#ffffff', tint], contrastRatio(shade7, '#ffffff') + 0.6);
  const shade9 = darkenUntil(palette[9], ['#ffffff', tint], contrastRatio(shade8, '#ffffff') + 0.6);
  return [
    palette[0],
    palette[1],
    palette[2],
    palette[3],
    palette[4],
    palette[5],
    shade6,
    shade7,
    shade8,
    shade9,
  ];
}

const readableColors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors)
    .filter(([name]) => name !== 'dark')
    .map(([name, palette]) => [name, readablePalette(palette)]),
);

/** Secondary text ("dimmed") on white and on the light grey of table headers and cards. */
export const DIMMED_TEXT = darkenUntil(
  DEFAULT_THEME.colors.gray[6],
  ['#ffffff', DEFAULT_THEME.colors.gray[1]],
  TEXT_CONTRAST,
);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': DIMMED_TEXT },
  dark: {},
});

export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'sm',
  colors: readableColors,
  components: {
    Modal: Modal.extend({
      defaultProps: {
        // The × needs a name; "Close" is left for the dialogs' own Close buttons.
        closeButtonProps: { 'aria-label': 'Close dialog' },
        // A dialog's header is not a second banner of the page beside the app's own.
        attributes: { header: { role: 'none' } },
      },
    }),
  },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
});
