/** The askers of an initiative as the exports write them: one row per customer, in the UI language. */
import type { Asker } from '../feedback/inbox';
import type { Importance } from '../feedback/types';

export const ASKER_COLUMNS = ['account', 'people', 'importance', 'notes', 'lastAsked', 'segment', 'plan', 'revenue', 'strategic'] as const;
export type AskerColumn = (typeof ASKER_COLUMNS)[number];

/** What the exports need from the UI language. */
export interface AskersTexts {
  /** The document's title: "Who asked for “Bulk export”". */
  title: string;
  /** Why they hear back now: "Released" (or "Killed: too costly"). */
  reason: string;
  headers: Record<AskerColumn, string>;
  importance: Record<Importance, string>;
  /** For a customer without an account (a person, or an anonymous note). */
  noAccount: string;
  yes: string;
  /** An amount of revenue, as the reader writes it. */
  money: (amount: number) => string;
}

/** One asker's cells, by column; an unknown value is ''. */
export function askerCells(asker: Asker, texts: AskersTexts): Record<AskerColumn, string> {
  const account = asker.account;
  return {
    account: account?.name ?? texts.noAccount,
    people: asker.people.join(', '),
    importance: texts.importance[asker.importance],
    notes: String(asker.notes),
    lastAsked: asker.lastAsked,
    segment: account?.segment ?? '',
    plan: account?.plan ?? '',
    revenue: account?.revenue == null ? '' : texts.money(account.revenue),
    strategic: account?.strategic ? texts.yes : '',
  };
}
