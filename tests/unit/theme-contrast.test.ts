// Every colour the app can draw text in reads at WCAG AA contrast: white on filled buttons and
// badges, coloured text on white, the light variants' text on their tint, and dimmed text.
import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, DIMMED_TEXT, theme } from '../../renderer/src/app/theme';

const AA = 4.5;

describe('theme colours', () => {
  const palettes = Object.entries(theme.colors ?? {});

  it('covers every stock colour but the dark scheme', () => {
    expect(palettes.map(([name]) => name).sort()).toEqual(
      Object.keys(DEFAULT_THEME.colors)
        .filter((name) => name !== 'dark')
        .sort(),
    );
  });

  it.each(palettes)('%s: filled, text and light shades meet AA', (_name, palette) => {
    if (!palette) throw new Error('missing palette');
    for (const shade of [6, 7, 8, 9] as const) {
      expect(contrastRatio(palette[shade], '#ffffff')).toBeGreaterThanOrEqual(AA);
    }
    expect(contrastRatio(palette[9], palette[1])).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(palette[6], palette[1])).toBeGreaterThanOrEqual(AA);
  });

  it('dimmed text meets AA on white and on light grey', () => {
    expect(contrastRatio(DIMMED_TEXT, '#ffffff')).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(DIMMED_TEXT, DEFAULT_THEME.colors.gray[1])).toBeGreaterThanOrEqual(AA);
  });
});
