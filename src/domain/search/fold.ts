/**
 * Search text folded so that case and accents never matter, in French as in English: "Écran",
 * "ecran" and "ÉCRAN" are one term. NFD splits an accented letter into the letter and its
 * combining mark, which is then dropped; the ligatures French writes (œ, æ) become two letters.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/** The folded words of a query or a text, as the index sees them. */
export function foldedWords(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
