// Colour palettes made readable: shades that carry text are darkened just enough to reach WCAG
// AA contrast (4.5:1) against white and against the palette's own light tint. Pure functions on
// "#rrggbb" colours, so they can be tested without a browser.

/** A little above 4.5:1, so rounding in the browser never drops a colour below AA. */
export const TEXT_CONTRAST = 4.6;

function rgb(hex: string): [number, number, number] {
  const value = hex.replace('#', '');
  const full =
    value.length === 3
      ? value
          .split('')
          .map((c) => c + c)
          .join('')
      : value;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function hex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance as WCAG defines it. */
export function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Mixes the colour with black (as Mantine's darken does). */
export function darken(color: string, amount: number): string {
  return hex(rgb(color).map((c) => Math.round(c * (1 - amount))) as [number, number, number]);
}

/** The colour, darkened in small steps until it reaches `ratio` against every background. */
export function darkenUntil(color: string, backgrounds: readonly string[], ratio: number): string {
  for (let step = 0; step <= 100; step += 1) {
    const candidate = darken(color, step / 100);
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= ratio)) return candidate;
  }
  return '#000000';
}

/** Ten shades, lightest first (the shape of Mantine's colour tuples). */
export type Palette = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  ...string[],
];

/**
 * Shades 6–9 carry text: 6 is the filled, outline and text colour (white text on it, or it on
 * white), the light variant's text (9) sits on shade 1; each darker shade stays darker still.
 */
export function readablePalette(palette: Palette): Palette {
  const backgrounds = ['#ffffff', palette[1]];
  const shade6 = darkenUntil(palette[6], backgrounds, TEXT_CONTRAST);
  const next = (shade: string, before: string) =>
    darkenUntil(shade, backgrounds, contrastRatio(before, '#ffffff') + 0.6);
  const shade7 = next(palette[7], shade6);
  const shade8 = next(palette[8], shade7);
  const shade9 = next(palette[9], shade8);
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
