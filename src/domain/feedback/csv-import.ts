/**
 * A feedback CSV turned into notes and accounts, before anything is written: what the preview
 * shows and what the import command writes (it builds the plan again in its transaction, against
 * the accounts and notes of that moment). Each row is one note, or the reason it is left out.
 */
import type { FeedbackColumn, ColumnMapping } from './csv-columns';
import type { FeedbackTable } from './csv-read';
import { amountOfCell, feedbackDate, segmentOfCell, sourceOfCell, tagsOfCell, type DayOrder } from './csv-values';
import { accountKey, checkAccount, checkFeedback, type AccountInput, type FeedbackInput } from './fields';
import type { Account, FeedbackNote, FeedbackSource } from './types';

export interface FeedbackImportChoices {
  mapping: ColumnMapping;
  dayOrder: DayOrder;
  /** For rows whose source is empty or names no source known. */
  defaultSource: FeedbackSource;
  /** The revenue column is per month (MRR): multiplied by 12. */
  monthlyRevenue: boolean;
  /** yyyy-mm-dd: the date of rows without one. */
  today: string;
}

/** What the product holds already: live accounts (matched by name) and live notes (not imported twice). */
export interface FeedbackImportExisting {
  accounts: readonly Pick<Account, 'id' | 'name'>[];
  notes: readonly Pick<FeedbackNote, 'text' | 'date' | 'accountId'>[];
}

/** An existing account of the product, a new one (by its key in newAccounts), or none. */
export type PlannedAccount = { id: string; name: string } | { key: string; name: string } | null;

export interface PlannedNote extends Omit<FeedbackInput, 'accountId'> {
  /** The row in a spreadsheet (the header is row 1). */
  row: number;
  account: PlannedAccount;
}

/** Why a row is refused: the field, and an i18n key (errors.* from the fields' rules, or feedbackImport.reasons.*). */
export interface RowReason {
  field: FeedbackColumn;
  reason: string;
  value: string;
}

export interface FeedbackImportPlan {
  notes: PlannedNote[];
  /** Accounts to create, once per distinct name (accountKey), with the values of their first rows. */
  newAccounts: { key: string; input: AccountInput }[];
  /** How many of the product's accounts the notes name. */
  matchedAccounts: number;
  /** Rows without text, left out. */
  noText: number[];
  /** Rows the product holds already (same text, date and account), or repeated in the file. */
  duplicates: number[];
  refused: { row: number; reasons: RowReason[] }[];
  /** Rows without a date: dated today. */
  undated: number[];
  /** Source values that name no source known, given the default source. */
  unknownSources: string[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const ANY_DAY = '*';
const noteKey = (text: string, date: string, account: string) => `${squash(text)}\n${date}\n${account}`;

/** One row read: its note's values and its account's, or why it is refused. */
function readRow(row: readonly string[], choices: FeedbackImportChoices) {
  const cell = (column: FeedbackColumn) => {
    const index = choices.mapping[column];
    return index === null ? '' : (row[index] ?? '');
  };
  const reasons: RowReason[] = [];
  const refuse = (field: FeedbackColumn, reason: string) => reasons.push({ field, reason, value: cell(field) });
  const dateCell = cell('date');
  const date = dateCell === '' ? choices.today : feedbackDate(dateCell, choices.dayOrder);
  if (date === null) refuse('date', 'feedbackImport.reasons.date');
  const named = sourceOfCell(cell('source'));
  const input = { text: cell('text'), source: named ?? choices.defaultSource, person: cell('person'), date: date ?? choices.today, tags: tagsOfCell(cell('tags')), accountId: null };
  const { values, errors } = checkFeedback(input, true);
  for (const [field, reason] of Object.entries(errors)) refuse(field as FeedbackColumn, reason);
  // An account's values matter only with its name: a revenue on a row without one is not read.
  const name = squash(cell('account'));
  let revenue = amountOfCell(cell('revenue'));
  if (revenue !== null && choices.monthlyRevenue) revenue *= 12;
  const account: AccountInput = { name, segment: segmentOfCell(cell('segment')), plan: squash(cell('plan')), revenue: Number.isNaN(revenue) ? null : revenue, strategic: false };
  if (name !== '') {
    if (Number.isNaN(revenue)) refuse('revenue', 'feedbackImport.reasons.revenue');
    const checked = checkAccount(account, [], true);
    for (const [field, reason] of Object.entries(checked.errors)) refuse(field === 'name' ? 'account' : (field as FeedbackColumn), reason);
  }
  return { note: values as FeedbackInput, account: name === '' ? null : account, reasons, unknownSource: named === null && cell('source') !== '' ? cell('source') : null, undated: dateCell === '' };
}

/** A later row of a new account fills what its first rows left empty (its plan, its revenue). */
function fillAccount(into: AccountInput, from: AccountInput) {
  if (into.segment === '') into.segment = from.segment;
  if (into.plan === '') into.plan = from.plan;
  if (into.revenue === null) into.revenue = from.revenue;
}

/** The notes and accounts the file's rows make, with every row left out and why. */
export function planFeedbackImport(table: FeedbackTable, choices: FeedbackImportChoices, existing: FeedbackImportExisting): FeedbackImportPlan {
  const accounts = new Map(existing.accounts.map((a) => [accountKey(a.name), a]));
  const keyOfId = new Map(existing.accounts.map((a) => [a.id, accountKey(a.name)]));
  // Each note is known by its text, date and account, and by its text and account alone: a row
  // without a date (dated today) is the same note whatever day it was imported before.
  const seen = new Set<string>();
  const see = (text: string, date: string, account: string) => seen.add(noteKey(text, date, account)).add(noteKey(text, ANY_DAY, account));
  for (const n of existing.notes) see(n.text, n.date, n.accountId === null ? '' : (keyOfId.get(n.accountId) ?? `#${n.accountId}`));
  const plan: FeedbackImportPlan = { notes: [], newAccounts: [], matchedAccounts: 0, noText: [], duplicates: [], refused: [], undated: [], unknownSources: [] };
  const created = new Map<string, AccountInput>();
  const matched = new Set<string>();
  const unknown = new Set<string>();
  table.rows.forEach((cells, index) => {
    const row = table.rowNumbers[index] ?? index + 2;
    const textIndex = choices.mapping.text;
    if (textIndex === null || (cells[textIndex] ?? '').trim() === '') {
      plan.noText.push(row);
      return;
    }
    const read = readRow(cells, choices);
    if (read.reasons.length > 0) {
      plan.refused.push({ row, reasons: read.reasons });
      return;
    }
    const key = read.account ? accountKey(read.account.name) : '';
    if (seen.has(noteKey(read.note.text, read.undated ? ANY_DAY : read.note.date, key))) {
      plan.duplicates.push(row);
      return;
    }
    see(read.note.text, read.note.date, key);
    let account: PlannedAccount = null;
    const found = accounts.get(key);
    if (read.account && found) {
      matched.add(found.id);
      account = { id: found.id, name: found.name };
    } else if (read.account) {
      const earlier = created.get(key);
      if (earlier) fillAccount(earlier, read.account);
      else created.set(key, { ...read.account });
      account = { key, name: (earlier ?? read.account).name };
    }
    if (read.unknownSource) unknown.add(read.unknownSource);
    if (read.undated) plan.undated.push(row);
    const { text, source, person, date, tags } = read.note;
    plan.notes.push({ row, text, source, person, date, tags, account });
  });
  plan.newAccounts = [...created].map(([key, input]) => ({ key, input }));
  plan.matchedAccounts = matched.size;
  plan.unknownSources = [...unknown];
  return plan;
}
