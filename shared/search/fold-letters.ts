// Search folding for letters the FTS tokenizer keeps as they are: unicode61 with
// remove_diacritics strips accents (é, å, ü) but ø, æ, ß, ł, đ, þ and œ are letters of their
// own, so "odegard" would not find "Ødegård". Both the index (migration search-fold) and the
// query fold them to the plain letters a clinician types on any keyboard.

/** Each letter (both cases) and what it is searched as. */
export const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  ẞ: 'ss',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  ħ: 'h',
  Ħ: 'h',
  ŧ: 't',
  Ŧ: 't',
  ŋ: 'n',
  Ŋ: 'n',
  ĳ: 'ij',
  Ĳ: 'ij',
  ſ: 's',
};

const pattern = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'gu');

/** The text with those letters folded; accents are left to the tokenizer. */
export function foldSearchLetters(text: string): string {
  return text.replace(pattern, (letter) => FOLDED_LETTERS[letter] ?? letter);
}
