// The little of fontkit's API the PDF fonts use (fontkit ships no type declarations).
declare module 'fontkit' {
  export interface FontkitFont {
    readonly postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: unknown): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
