/** A feedback CSV's cells read as a note's and an account's values: dates, sources, segments, amounts, tags. */
import { normalize } from '../filter';
import { parseJiraDate, type DayOrder } from '../import/jira-date';
import { isIsoDate } from '../limits';
import type { Segment } from '../types';
import type { FeedbackSource } from './types';

export type { DayOrder };

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** Unix time in seconds (10 digits) or milliseconds (13), as APIs and some tools export it. */
const TIMESTAMP = /^(\d{10}|\d{13})(?:\.\d+)?$/;

/**
 * The day a cell names, yyyy-mm-dd, or null when it cannot be read: ISO dates (the day as written,
 * whatever the time zone after it), numeric dates in `order` (31/12/2026 or 12/31/2026, with a
 * time or not), "21/Nov/26", and Unix timestamps (in the local time zone).
 */
export function feedbackDate(value: string, order: DayOrder): string | null {
  const text = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(text);
  if (iso) return isIsoDate(iso[1]) && parseJiraDate(text, order) !== null ? iso[1]! : null;
  const stamp = TIMESTAMP.exec(text);
  if (stamp) return localDay(Number(stamp[1]) * (stamp[1]!.length === 10 ? 1000 : 1));
  const at = parseJiraDate(text, order);
  return at === null ? null : localDay(at);
}

/** The day order the file's dates show (a day over 12 says which comes first), or null when every date reads both ways. */
export function dayOrderShown(values: readonly string[]): DayOrder | null {
  const numeric = values.filter((v) => /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(v.trim()));
  const first = numeric.some((v) => Number(v.trim().split(/[/.-]/)[0]) > 12);
  const second = numeric.some((v) => Number(v.trim().split(/[/.-]/)[1]) > 12);
  if (first === second) return null;
  return first ? 'dmy' : 'mdy';
}

/** The words support tools and CRMs use for a channel, in English and French, accents aside. */
const SOURCE_WORDS: readonly [FeedbackSource, readonly string[]][] = [
  ['customerSuccess', ['customer success', 'customersuccess', 'cs', 'csm', 'success', 'succes client', 'account manager', 'account management', 'gestion de compte', 'onboarding', 'qbr']],
  ['sales', ['sales', 'sale', 'vente', 'ventes', 'commercial', 'commerciaux', 'avant vente', 'presales', 'crm', 'deal', 'demo', 'prospect']],
  ['support', ['support', 'ticket', 'tickets', 'helpdesk', 'help desk', 'zendesk', 'intercom', 'freshdesk', 'chat', 'email', 'e mail', 'mail', 'phone', 'telephone', 'assistance', 'sav', 'service client']],
  ['review', ['review', 'reviews', 'avis', 'app store', 'play store', 'g2', 'capterra', 'trustpilot', 'nps', 'survey', 'enquete', 'sondage']],
  ['analytics', ['analytics', 'analytique', 'data', 'donnees', 'usage', 'product analytics']],
  ['internal', ['internal', 'interne', 'team', 'equipe', 'employee', 'salarie', 'slack']],
  ['user', ['user', 'users', 'utilisateur', 'utilisateurs', 'in app', 'in-app', 'widget', 'portal', 'portail', 'forum', 'community', 'communaute', 'interview', 'entretien']],
  ['other', ['other', 'others', 'autre', 'autres', 'misc', 'divers']],
];
const SOURCES = new Map(SOURCE_WORDS.flatMap(([source, names]) => names.map((n) => [n, source] as const)));

const words = (value: string) => normalize(value).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The source a cell names ("Zendesk", "Customer Success", "Ventes"), or null when it names none known. */
export function sourceOfCell(value: string): FeedbackSource | null {
  const text = words(value);
  if (text === '') return null;
  const whole = SOURCES.get(text) ?? SOURCES.get(text.replace(/ /g, ''));
  if (whole) return whole;
  for (const word of text.split(' ')) {
    const found = SOURCES.get(word);
    if (found) return found;
  }
  return null;
}

/** B2B or B2C from a cell ("Business", "Particulier", "Entreprise"); '' when it says neither. */
export function segmentOfCell(value: string): Segment {
  const text = words(value);
  if (/\b(b2b|business|entreprise|enterprise|company|pro|professionnel|smb|pme|mid market|corporate)\b/.test(text)) return 'B2B';
  if (/\b(b2c|consumer|particulier|particuliers|grand public|individual|personal|retail)\b/.test(text)) return 'B2C';
  return '';
}

const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, md: 1e9, b: 1e9, bn: 1e9 };

/**
 * An amount from a cell, or null when empty; NaN when it cannot be read. Currency signs and
 * spaces aside; "12,500.50" and "12 500,50" both read as twelve thousand five hundred and a half;
 * "1,500" (a comma before three digits) is fifteen hundred; "12k", "1.2M" as written.
 */
export function amountOfCell(value: string): number | null {
  const text = value.toLowerCase().replace(/[\s\u00a0\u202f'’]|[€$£¥]|eur|usd|gbp|chf/g, '');
  if (text === '') return null;
  const parts = /^(-?[\d.,]+)(k|m|md|b|bn)?$/.exec(text);
  if (!parts) return Number.NaN;
  let digits = parts[1]!;
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) digits = lastComma > lastDot ? digits.replace(/\./g, '').replace(',', '.') : digits.replace(/,/g, '');
  else if (lastComma >= 0) digits = /^-?\d{1,3}(,\d{3})+$/.test(digits) ? digits.replace(/,/g, '') : digits.replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3}){2,}$/.test(digits)) digits = digits.replace(/\./g, '');
  const amount = Number(digits) * (MULTIPLIERS[parts[2] ?? ''] ?? 1);
  return Number.isFinite(amount) ? amount : Number.NaN;
}

/** Tags from a cell: separated by commas, semicolons, pipes or line breaks (each tool has its own). */
export function tagsOfCell(value: string): string[] {
  return value
    .split(/[,;|\n]+/)
    .map((t) => t.trim())
    .filter(Boolean);
}
