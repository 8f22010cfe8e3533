// Page sizes, margins, type sizes (normal and large print) and colours shared by all documents.
import type { PaperSize } from '../../../shared/domain/settings';
import type { FontName } from './fonts';

/** Points (1/72 inch). */
export const paperSizes: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
};

export interface PageGeometry {
  width: number;
  height: number;
  marginX: number;
  marginTop: number;
  /** Space kept free at the bottom for the footer. */
  marginBottom: number;
}

export function pageGeometry(paper: PaperSize, largePrint: boolean): PageGeometry {
  const size = paperSizes[paper];
  return { ...size, marginX: 40, marginTop: 38, marginBottom: largePrint ? 62 : 52 };
}

export interface TypeScale {
  title: number;
  heading: number;
  subheading: number;
  body: number;
  small: number;
  /** Extra space between lines, in points. */
  lineGap: number;
  /** Vertical space between blocks. */
  gap: number;
}

export const normalType: TypeScale = {
  title: 19,
  heading: 13.5,
  subheading: 11,
  body: 10,
  small: 8,
  lineGap: 1.5,
  gap: 6,
};

/** For low vision: at least 16 pt body text. */
export const largeType: TypeScale = {
  title: 26,
  heading: 20,
  subheading: 17,
  body: 16,
  small: 12,
  lineGap: 3,
  gap: 10,
};

export const colours = {
  text: '#1b1f23',
  muted: '#57606a',
  accent: '#0b6e79',
  accentSoft: '#e7f3f4',
  rule: '#c9d1d9',
  caution: '#9a4b00',
  cautionSoft: '#fff4e5',
  stop: '#b42318',
  stopSoft: '#fdf0ef',
  grid: '#6e7781',
  /** A good change, e.g. the score that reaches the MCID on a chart. */
  good: '#2f855a',
} as const;

export interface TextStyle {
  font: FontName;
  size: number;
  color: string;
  lineGap: number;
  align?: 'left' | 'center' | 'right';
}

export function styles(type: TypeScale) {
  const style = (font: FontName, size: number, color: string = colours.text): TextStyle => ({
    font,
    size,
    color,
    lineGap: type.lineGap,
  });
  return {
    title: style('bold', type.title, colours.accent),
    heading: style('bold', type.heading),
    subheading: style('bold', type.subheading),
    body: style('regular', type.body),
    bodyBold: style('bold', type.body),
    bodyItalic: style('italic', type.body),
    muted: style('regular', type.small, colours.muted),
    small: style('regular', type.small),
    smallBold: style('bold', type.small),
  };
}
export type Styles = ReturnType<typeof styles>;
