import { readinessGaps } from '../../domain/delivery/readiness';
import type { Story } from '../../domain/delivery/types';
import { checklistProgress } from '../../domain/templates/instantiate';
import type { TFunction } from '../../i18n/i18n';
import type { SortWords } from '../../ui/sortable-list';

/** Where the role starts with a vowel sound: "As an admin", « En tant qu’administrateur » (a h is mute in French, rarely in English). */
const VOWEL_START: Record<string, RegExp> = { en: /^[aeio]/i, fr: /^[aeiouyhéèêëàâîïôû]/i };

/** "As a …, I want …, so that …", with an ellipsis for what is not written yet. */
export function statementOf(story: Pick<Story, 'asA' | 'iWant' | 'soThat'>, t: TFunction, language: string): string {
  const part = (text: string) => text.trim() || t('stories.blank');
  const asA = part(story.asA);
  const vowel = VOWEL_START[language]?.test(asA) ?? false;
  return t(vowel ? 'stories.statementAn' : 'stories.statement', { asA, iWant: part(story.iWant), soThat: part(story.soThat) });
}

/** "Ready", or what the story still lacks, in the UI language. */
export function readinessText(story: Story, t: TFunction, language: string): string {
  const gaps = readinessGaps(story);
  if (gaps.length === 0) return t('stories.ready');
  const { done, total } = checklistProgress(story.ready);
  const names = gaps.map((gap) => t(`stories.gaps.${gap}`, { done, total }));
  return t('stories.notReady', { gaps: new Intl.ListFormat(language, { type: 'conjunction' }).format(names) });
}

/** How a move of the story list is announced: stories are named by their number before the move. */
export function storySortWords(t: TFunction): SortWords {
  return {
    roleDescription: t('stories.drag.roleDescription'),
    instructions: t('stories.drag.instructions'),
    pickedUp: ({ from, position, total }) => t('stories.drag.pickedUp', { number: from, position, total }),
    over: ({ from, position, total }) => t('stories.drag.over', { number: from, position, total }),
    dropped: ({ position, total }) => t('stories.drag.dropped', { position, total }),
    cancelled: ({ from, position }) => t('stories.drag.cancelled', { number: from, position }),
  };
}

/** Points as the UI language writes them (0.5, or 0,5 in French). */
export function formatPoints(points: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1, useGrouping: false }).format(points);
}

/**
 * A number typed in a story or outcome form: empty is unknown (null), a comma is taken as a
 * decimal point (French), and anything else that is not a number, spaces inside included, stays
 * NaN for the command to refuse with its message. (Strategy's reach and targets, which run into
 * thousands, also accept spaces as separators: src/ui/number-text.ts.)
 */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return Number(trimmed.replace(',', '.'));
}
