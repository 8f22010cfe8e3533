// File names for printed documents: meaningful to a clinician, safe on every file system.
// "Zoë Ünal, home programme, version 3" → "Unal-Zoe-home-programme-v3-2026-11-22.pdf".

/** "a:b c:d" → { a: "b", c: "d" } (an empty right side drops the letter). */
function table(pairs: string): Map<string, string> {
  return new Map(
    pairs.split(' ').map((pair) => [pair.split(':')[0] ?? '', pair.split(':')[1] ?? '']),
  );
}

/** Letters that do not decompose into ASCII plus accents, written the way names are romanised. */
const SPECIAL = table('ß:ss Æ:AE æ:ae Ø:O ø:o Œ:OE œ:oe Ł:L ł:l Đ:D đ:d Þ:Th þ:th ı:i');
/** Greek by capital letter (accents are stripped first). */
const GREEK = table(
  'Α:A Β:V Γ:G Δ:D Ε:E Ζ:Z Η:I Θ:Th Ι:I Κ:K Λ:L Μ:M Ν:N Ξ:X Ο:O Π:P Ρ:R Σ:S Τ:T Υ:Y Φ:F Χ:Ch Ψ:Ps Ω:O',
);
/** Russian and Ukrainian Cyrillic by small letter. */
const CYRILLIC = table(
  'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ' +
    'ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya і:i ї:yi є:ye ґ:g',
);

const capitalised = (latin: string) => latin.charAt(0).toUpperCase() + latin.slice(1).toLowerCase();

function transliterate(char: string): string {
  const special = SPECIAL.get(char);
  if (special !== undefined) return special;
  const lower = char.toLowerCase();
  const cyrillic = CYRILLIC.get(lower);
  if (cyrillic !== undefined) return char === lower ? cyrillic : capitalised(cyrillic);
  const capital = char.toUpperCase().normalize('NFD').charAt(0);
  const greek = GREEK.get(capital);
  if (greek !== undefined)
    return char.toUpperCase() === char ? capitalised(greek) : greek.toLowerCase();
  return char;
}

/** ASCII letters and digits only, words joined by single hyphens. */
export function fileNamePart(text: string): string {
  // Greek "ου" is one sound, written "ou".
  const ascii = [...text.replace(/([οΟ])[υύΥΎ]/g, (_, o: string) => (o === 'Ο' ? 'Ou' : 'ou'))]
    .map(transliterate)
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return ascii
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export function pdfFileName(
  person: { firstName: string; lastName: string },
  document: 'home-programme' | 'safety-sheet' | 'plan-summary',
  versionNumber: number,
  isoDate: string,
): string {
  const who =
    [fileNamePart(person.lastName), fileNamePart(person.firstName)].filter(Boolean).join('-') ||
    'Patient';
  return `${who}-${document}-v${versionNumber}-${isoDate}.pdf`;
}
