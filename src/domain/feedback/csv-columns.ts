/**
 * Which column of a feedback CSV holds what: suggested from the headers as support tools and CRMs
 * name them, in English and in French; the user changes any choice before importing.
 */
import { normalize } from '../filter';

export const FEEDBACK_COLUMNS = ['text', 'account', 'person', 'date', 'source', 'tags', 'segment', 'plan', 'revenue'] as const;
export type FeedbackColumn = (typeof FEEDBACK_COLUMNS)[number];

/** Each field's column index in the file, or null when the file has none for it. */
export type ColumnMapping = Record<FeedbackColumn, number | null>;

/**
 * The words of headers that name each field, accents and case aside; a header naming the field
 * whole wins over one that holds the words among others ("Company name" is the account, "Name"
 * the person). Earlier words win over later ones.
 */
const NAMES: Record<FeedbackColumn, readonly string[]> = {
  text: ['text', 'texte', 'feedback', 'message', 'body', 'description', 'comment', 'comments', 'commentaire', 'commentaires', 'verbatim', 'content', 'contenu', 'note', 'remarque', 'retour', 'avis client', 'request', 'demande', 'subject', 'sujet', 'objet'],
  account: ['account', 'compte', 'company', 'organisation', 'organization', 'org', 'societe', 'entreprise', 'client', 'customer', 'raison sociale'],
  person: ['person', 'personne', 'contact', 'requester', 'demandeur', 'name', 'nom', 'full name', 'email', 'e mail', 'mail', 'courriel', 'user', 'utilisateur', 'author', 'auteur', 'submitter'],
  date: ['date', 'created', 'created at', 'creation', 'date de creation', 'cree le', 'submitted', 'received', 'recu le', 'timestamp', 'jour'],
  source: ['source', 'channel', 'canal', 'origin', 'origine', 'via', 'medium'],
  tags: ['tags', 'tag', 'labels', 'label', 'etiquettes', 'etiquette', 'keywords', 'mots cles', 'topics', 'themes', 'theme'],
  segment: ['segment', 'customer type', 'type de client', 'market', 'marche'],
  plan: ['plan', 'tier', 'offre', 'formule', 'abonnement', 'subscription', 'pricing'],
  revenue: ['revenue', 'yearly revenue', 'annual revenue', 'arr', 'mrr', 'acv', 'ca', 'chiffre d affaires', 'contract value', 'montant', 'amount'],
};

/** A header as words: accents, case and punctuation aside ("Société (client)" → "societe client"). */
const words = (header: string) => normalize(header).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** How well a header names a field: 2 whole, 1 among other words, 0 not; then which of its names (earlier is better). */
function fit(header: string, column: FeedbackColumn): { level: number; rank: number } {
  const text = words(header);
  const names = NAMES[column];
  const whole = names.indexOf(text);
  if (whole >= 0) return { level: 2, rank: whole };
  const padded = ` ${text} `;
  const part = names.findIndex((name) => padded.includes(` ${name} `));
  return part >= 0 ? { level: 1, rank: part } : { level: 0, rank: 0 };
}

/**
 * The suggested mapping: whole-name matches first, then partial ones, each column used once,
 * fields in FEEDBACK_COLUMNS order (the text first: it is the one a note needs).
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping = Object.fromEntries(FEEDBACK_COLUMNS.map((c) => [c, null])) as ColumnMapping;
  const used = new Set<number>();
  for (const level of [2, 1]) {
    for (const column of FEEDBACK_COLUMNS) {
      if (mapping[column] !== null) continue;
      let best: { index: number; rank: number } | null = null;
      for (const [index, header] of headers.entries()) {
        const f = fit(header, column);
        if (!used.has(index) && f.level === level && (best === null || f.rank < best.rank)) best = { index, rank: f.rank };
      }
      if (best !== null) {
        mapping[column] = best.index;
        used.add(best.index);
      }
    }
  }
  return mapping;
}

/** A revenue column given per month (MRR, "mensuel"): the import multiplies it by 12. */
export function isMonthlyHeader(header: string): boolean {
  return /\b(mrr|monthly|mensuel|mensuelle|par mois|per month)\b/.test(words(header));
}
