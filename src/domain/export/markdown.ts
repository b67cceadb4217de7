/** Making user text literal in the Markdown documents the app exports (roadmap, initiative, product review). */

/**
 * User text made literal in Markdown, on one line: every character Markdown could read as
 * emphasis, code, a link, HTML, an entity, a heading's closing hashes, a table cell or
 * strikethrough is escaped with a backslash. Runs of spaces, tabs and line breaks become one space;
 * a no-break space stays, since French typography puts one before « : ; ? ! » and inside « ».
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[^\S\u00a0\u202f]+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&]/g, '\\$&');
}

/**
 * User text of several lines, made literal: each line escaped (see escapeMarkdown), the lines of a
 * paragraph kept apart with hard breaks, blank lines kept as paragraph breaks.
 */
export function textBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map(escapeMarkdown)
        .filter(Boolean)
        .join('  \n'),
    )
    .filter(Boolean)
    .join('\n\n');
}
