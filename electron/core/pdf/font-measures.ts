// Word shapes and widths shared by every document set in the same fonts. pdfkit gives each
// document's font (its EmbeddedFont) a word cache of its own, so every sheet shapes and
// measures its words again: on a home-programme sheet that was about a tenth of the time, most
// of it copying and scaling runs already made for the previous sheet. A shaped word depends
// only on the font file (positions are in units of 1/1000 em), and pdfkit never changes a run
// once it is cached, so one cache per font serves every document.

/** The part of pdfkit's EmbeddedFont used here (pdfkit has no types for it). */
interface EmbeddedFont {
  /** The parsed fontkit font: the same object for every document (fonts.ts parses once). */
  readonly font: object;
  layoutCache?: Record<string, unknown>;
  layout(text: string, features: unknown, onlyWidth: true): { advanceWidth: number };
  widthOfString(text: string, size: number, features?: unknown): number;
}

interface SharedMeasures {
  /** pdfkit's own cache layout: scaled glyph runs by word. */
  runs: Record<string, unknown>;
  /** Advance widths (1/1000 em) of whole strings, as pdfkit's widthOfString measures them. */
  widths: Map<string, number>;
  adopted: number;
}

const MAX_WORDS = 20_000;
const MAX_WIDTHS = 50_000;
const shared = new WeakMap<object, SharedMeasures>();
const adoptedFonts = new WeakSet<EmbeddedFont>();

function measuresOf(font: object): SharedMeasures {
  let measures = shared.get(font);
  if (!measures) {
    measures = {
      runs: Object.create(null) as Record<string, unknown>,
      widths: new Map(),
      adopted: 0,
    };
    shared.set(font, measures);
  }
  // Bounded: a long session of prints starts afresh now and then rather than growing.
  measures.adopted += 1;
  if (measures.adopted % 32 === 0 && Object.keys(measures.runs).length > MAX_WORDS) {
    measures.runs = Object.create(null) as Record<string, unknown>;
  }
  if (measures.widths.size > MAX_WIDTHS) measures.widths.clear();
  return measures;
}

function isEmbeddedFont(value: unknown): value is EmbeddedFont {
  return (
    typeof value === 'object' &&
    value !== null &&
    'font' in value &&
    typeof value.font === 'object' &&
    value.font !== null &&
    'layoutCache' in value &&
    'widthOfString' in value
  );
}

/** Lets one document's font use (and fill) the caches shared by its fontkit font. */
function adopt(candidate: unknown): void {
  if (!isEmbeddedFont(candidate) || adoptedFonts.has(candidate)) return;
  adoptedFonts.add(candidate);
  const embedded = candidate;
  const measures = measuresOf(embedded.font);
  embedded.layoutCache = measures.runs;
  const { widths } = measures;
  const widthOfString = embedded.widthOfString.bind(embedded);
  embedded.widthOfString = (text, size, features) => {
    if (features !== undefined) return widthOfString(text, size, features);
    let width = widths.get(text);
    if (width === undefined) {
      width = embedded.layout(text, undefined, true).advanceWidth;
      widths.set(text, width);
    }
    return (width * size) / 1000;
  };
}

/**
 * Makes every font a document selects share its word shapes and widths with the other
 * documents in the same fonts. pdfkit creates a document's font the first time it is chosen,
 * so the choice is where it is picked up.
 */
export function shareFontMeasures(doc: PDFKit.PDFDocument): void {
  const internals = doc as unknown as { _font?: unknown; font: (...args: unknown[]) => unknown };
  const choose = internals.font.bind(doc);
  internals.font = (...args: unknown[]) => {
    choose(...args);
    adopt(internals._font);
    return doc;
  };
}
