/** The team server's rule for a display name (docs/server.md): 1 to 80 characters once trimmed, counted as JavaScript counts them. */
export const MAX_DISPLAY_NAME = 80;

/** What is wrong with a display name, or null; line breaks and other control characters count as spaces. */
export function displayNameProblem(name: string): 'required' | 'tooLong' | null {
  const clean = cleanDisplayName(name);
  if (!clean) return 'required';
  return clean.length > MAX_DISPLAY_NAME ? 'tooLong' : null;
}

/** The name as the server stores it: trimmed, control characters (a pasted line break) as spaces. */
export function cleanDisplayName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** One or two letters that stand for a person: the first letters of their first and last words. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = (word: string) => Array.from(word)[0]!.toLocaleUpperCase();
  return words.length === 1 ? first(words[0]!) : first(words[0]!) + first(words.at(-1)!);
}
