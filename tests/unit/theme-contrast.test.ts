// Text drawn in any theme colour reads at WCAG AA contrast: white on filled buttons and badges,
// coloured text on white, and the light variants' text on their tint.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  darken,
  darkenUntil,
  readablePalette,
  TEXT_CONTRAST,
  type Palette,
} from '../../renderer/src/app/readable-colors';

const AA = 4.5;

// Two of Mantine's stock palettes, the primary one and the lightest (yellow).
const teal: Palette = [
  '#e6fcf5',
  '#c3fae8',
  '#96f2d7',
  '#63e6be',
  '#38d9a9',
  '#20c997',
  '#12b886',
  '#0ca678',
  '#099268',
  '#087f5b',
];
const yellow: Palette = [
  '#fff9db',
  '#fff3bf',
  '#ffec99',
  '#ffe066',
  '#ffd43b',
  '#fcc419',
  '#fab005',
  '#f59f00',
  '#f08c00',
  '#e67700',
];

// Three more of Mantine's stock palettes: red and blue carry text and buttons, gray the dimmed text.
const red: Palette = [
  '#fff5f5',
  '#ffe3e3',
  '#ffc9c9',
  '#ffa8a8',
  '#ff8787',
  '#ff6b6b',
  '#fa5252',
  '#f03e3e',
  '#e03131',
  '#c92a2a',
];
const blue: Palette = [
  '#e7f5ff',
  '#d0ebff',
  '#a5d8ff',
  '#74c0fc',
  '#4dabf7',
  '#339af0',
  '#228be6',
  '#1c7ed6',
  '#1971c2',
  '#1864ab',
];
const gray: Palette = [
  '#f8f9fa',
  '#f1f3f5',
  '#e9ecef',
  '#dee2e6',
  '#ced4da',
  '#adb5bd',
  '#868e96',
  '#495057',
  '#343a40',
  '#212529',
];

function expectReadable(palette: Palette): void {
  const out = readablePalette(palette);
  for (const shade of [6, 7, 8, 9] as const) {
    expect(contrastRatio(out[shade], '#ffffff')).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(out[shade], out[1])).toBeGreaterThanOrEqual(AA);
  }
  // Darker shades stay darker, and the light shades are untouched.
  for (const shade of [7, 8, 9] as const) {
    expect(contrastRatio(out[shade], '#ffffff')).toBeGreaterThanOrEqual(
      contrastRatio(out[shade - 1] ?? '', '#ffffff'),
    );
  }
  expect(out.slice(0, 6)).toEqual(palette.slice(0, 6));
}

describe('readable palettes', () => {
  it('darkens the stock shades that fail AA, and keeps the ones that pass', () => {
    expect(contrastRatio(teal[6], '#ffffff')).toBeLessThan(AA);
    expectReadable(teal);
    expectReadable(yellow);
    const [t0, t1, t2, t3, t4, t5] = teal;
    const navy: Palette = [t0, t1, t2, t3, t4, t5, '#1b2a4a', '#16223c', '#111a2e', '#0c1220'];
    expect(readablePalette(navy)[6]).toBe('#1b2a4a');
  });

  it('makes any palette readable', () => {
    const colour = fc
      .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
      .map((c) => `#${c.map((n) => n.toString(16).padStart(2, '0')).join('')}`);
    fc.assert(
      fc.property(
        fc.array(colour, { minLength: 10, maxLength: 10 }),
        // Light tints, as palettes have them (shade 1 is a background).
        fc.tuple(fc.integer({ min: 200, max: 255 }), fc.integer({ min: 200, max: 255 })),
        (shades, [g, b]) => {
          const palette = [...shades] as unknown as [...Palette];
          palette[1] = `#ff${g.toString(16)}${b.toString(16)}`;
          expectReadable(palette);
        },
      ),
    );
  });

  it("darkens Mantine's shades by the least step that reaches the contrast, no more", () => {
    // The plain search, one step of 1 % after another, as the reference.
    const stepByStep = (color: string, backgrounds: string[]) => {
      for (let step = 0; step <= 100; step += 1) {
        const candidate = darken(color, step / 100);
        if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= TEXT_CONTRAST))
          return candidate;
      }
      return '#000000';
    };
    for (const palette of [teal, yellow, red, blue, gray]) {
      for (const shade of [6, 7, 8, 9] as const) {
        const backgrounds = ['#ffffff', palette[1]];
        expect(darkenUntil(palette[shade], backgrounds, TEXT_CONTRAST)).toBe(
          stepByStep(palette[shade], backgrounds),
        );
      }
    }
  });
});
