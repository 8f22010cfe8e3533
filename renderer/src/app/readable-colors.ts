// Colour palettes made readable: shades that carry text are darkened just enough to reach WCAG
// AA contrast (4.5:1) against white and against the palette's own light tint. Pure functions on
// "#rrggbb" colours, so they can be tested without a browser.

/** A little above 4.5:1, so rounding in the browser never drops a colour below AA. */
export const TEXT_CONTRAST = 4.6;

type Rgb = readonly [number, number, number];

function rgb(hex: string): Rgb {
  const value = hex.replace('#', '');
  const full =
    value.length === 3
      ? value
          .split('')
          .map((c) => c + c)
          .join('')
      : value;
  const channel = (at: number) => parseInt(full.slice(at, at + 2), 16);
  return [channel(0), channel(2), channel(4)];
}

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

/** Each channel value (0–255) made linear, as WCAG's relative luminance wants it. */
const LINEAR = Array.from({ length: 256 }, (_, channel) => {
  const s = channel / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
});

function linear(channel: number): number {
  return LINEAR[channel] ?? 0;
}

function luminanceOf([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Relative luminance as WCAG defines it. */
export function luminance(color: string): number {
  return luminanceOf(rgb(color));
}

function ratioOf(a: number, b: number): number {
  return a > b ? (a + 0.05) / (b + 0.05) : (b + 0.05) / (a + 0.05);
}

export function contrastRatio(a: string, b: string): number {
  return ratioOf(luminance(a), luminance(b));
}

function darkenRgb([r, g, b]: Rgb, amount: number): Rgb {
  const keep = 1 - amount;
  return [Math.round(r * keep), Math.round(g * keep), Math.round(b * keep)];
}

/** Mixes the colour with black (as Mantine's darken does). */
export function darken(color: string, amount: number): string {
  return hex(darkenRgb(rgb(color), amount));
}

/**
 * The colour, darkened in steps of 1 % until it reaches `ratio` against every background.
 * For a text shade, darker than its light backgrounds, each further step only raises the
 * contrast, so a binary search finds the least darkening that does (this runs for every
 * palette while the first screen is drawn). Whatever the colours, the step it returns reaches
 * the ratio.
 */
export function darkenUntil(color: string, backgrounds: readonly string[], ratio: number): string {
  const base = rgb(color);
  const backgroundLuminances = backgrounds.map(luminance);
  const reaches = (step: number) => {
    const own = luminanceOf(darkenRgb(base, step / 100));
    return backgroundLuminances.every((bg) => ratioOf(own, bg) >= ratio);
  };
  if (!reaches(100)) return '#000000';
  let low = 0;
  let high = 100;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (reaches(middle)) high = middle;
    else low = middle + 1;
  }
  return hex(darkenRgb(base, low / 100));
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
