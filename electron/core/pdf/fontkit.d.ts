// The little of fontkit's API the PDF fonts use (fontkit ships no type declarations).
declare module 'fontkit' {
  export interface FontkitFont {
    readonly postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: unknown): unknown;
    createSubset(): FontkitSubset;
  }
  /** The glyphs a document used, written out as a font file of their own. */
  export interface FontkitSubset {
    /** Original glyph ids in the order they were included (the subset's glyph ids). */
    readonly glyphs: number[];
    encode(): Uint8Array;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
