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

/** Windows-1252's characters for the bytes 0x80–0x9F; the five it leaves undefined stay as their C1 control (as browsers do). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013,
  0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252 by its table: some TextDecoders (Node's before 22) read the label as Latin-1 and
 * turn €, ’, œ and the curly quotes into invisible control characters.
 */
function windows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  let text = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b));
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** The file's text and the encoding it was read with. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Every byte means a character in Windows-1252: the preview shows some so the user can check.
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}

/** The characters Windows-1252 gives the bytes 0x80–0x9F: a UTF-8 continuation byte read as Windows-1252. */
const CONTINUATION_1252 = String.fromCharCode(...CP1252_HIGH.filter((code) => code > 0x9f));

/**
 * Marks of damaged text: UTF-8 read as Windows-1252 or Latin-1 (é → Ã©, ’ → â€™, « → Â«, € → â‚¬:
 * the lead bytes of Latin letters and punctuation followed by a continuation byte), C1 control
 * characters (never typed) and the replacement character. "é" before a non-breaking space, as
 * French puts one before ":", is not one of them.
 */
const DAMAGE = new RegExp(`[ÂÃ][\\u00a0-\\u00bf]|[Ãâ][${CONTINUATION_1252}]|[\\u0080-\\u009f\\ufffd]`, 'u');
/** A letter outside ASCII: accents to check by eye. */
const ACCENTED = /(?![\p{ASCII}])\p{L}/u;

/** The distinct words of these texts that match, in order, `max` at most. */
function wordsMatching(texts: readonly string[], pattern: RegExp, max: number): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (!pattern.test(text)) continue;
    for (const word of text.split(/[\s,;:.()"]+/u)) {
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
  return { damaged: wordsMatching(texts, DAMAGE, max), accented: wordsMatching(texts, ACCENTED, max) };
}
