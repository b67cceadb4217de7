/**
 * Turning an exported file's bytes into text without corrupting it: UTF-8 when the bytes are valid
 * UTF-8 (a BOM or not), UTF-16 when a BOM says so (Excel's "Unicode text"), and otherwise
 * Windows-1252, what Excel on Windows writes in Western Europe ("CSV (separator: semicolon)" in
 * French). Text that is valid but already damaged (UTF-8 once read as Windows-1252, replacement
 * characters) is found so the preview can show it and ask.
 */
import type { ImportSource, TextEncodingName } from './source';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** The file's text and the encoding it was read with. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Every byte means a character in Windows-1252: the preview shows some so the user can check.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Marks of damaged text: UTF-8 read as Windows-1252 or Latin-1 (é → Ã©, ’ → â€™, « → Â«), C1 control
 * characters (never typed; bytes no encoding here could place) and the replacement character.
 */
const DAMAGE = /Ã[\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|Â[\u00a0-\u00bf]|â€|[\u0080-\u009f\ufffd]/u;
const NON_ASCII = /[^\u0000-\u007f]/u;

/** The distinct words of these texts that match, in order, `max` at most. */
function wordsMatching(texts: readonly string[], pattern: RegExp, max: number): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (!pattern.test(text)) continue;
    for (const word of text.split(/[\s,;:.()"«»]+/u)) {
      if (word && pattern.test(word)) found.add(word.length > 40 ? `${word.slice(0, 39)}…` : word);
      if (found.size >= max) return [...found];
    }
  }
  return [...found];
}

function textsOf(source: ImportSource): string[] {
  return [source.name, ...source.groups.map((g) => g.name), ...source.items.flatMap((i) => [i.title, i.owner, ...i.tags, i.description])];
}

/** Words that look damaged (the preview shows them and asks before importing), and words with accents (to check the encoding by eye). */
export function textSamples(source: ImportSource, max = 5): { damaged: string[]; accented: string[] } {
  const texts = textsOf(source);
  return { damaged: wordsMatching(texts, DAMAGE, max), accented: wordsMatching(texts, NON_ASCII, max) };
}
