import { normalize } from '../filter';
import type { ClosedStatus, DefaultStageKey, Stage } from '../types';

/**
 * Words teams name their columns with, by the built-in stage they usually mean, in the languages
 * boards are most often written in (English, French, Spanish, Portuguese, German, Japanese), accents
 * removed. Checked in this order: "Done" wins over "Sprint done".
 */
const HINTS: readonly (readonly [DefaultStageKey, RegExp])[] = [
  [
    'released',
    /\b(done|released?|shipped|closed|complete[d]?|live|finished|resolved|deployed|delivered|in production|termine+s?|fait|livre+s?|clos|fermee?s?|finie?s?|validee?s?|deployee?s?|en production|erledigt|fertig|hecho|terminad[oa]s?|finalizad[oa]s?|completad[oa]s?|cerrad[oa]s?|resuelt[oa]s?|entregad[oa]s?|concluid[oa]s?|feit[oa]s?|fechad[oa]s?|resolvid[oa]s?|entregue)\b|完了|クローズ|リリース/,
  ],
  [
    'inSprint',
    /\b(doing|in progress|wip|in sprint|sprint|in development|in dev|review|in review|code review|qa|in test|testing in progress|blocked|en cours|en revue|en developpement|en recette|recette|bloquee?s?|in bearbeitung|en progreso|en curso|haciendo|en desarrollo|en revision|bloquead[oa]s?|em andamento|em progresso|fazendo|em desenvolvimento|em revisao)\b|作業中|進行中|対応中/,
  ],
  ['ready', /\b(to ?do|ready|next|selected( for development)?|planned|open|new|a faire|pret|a planifier|ouvert|nouveau|zu erledigen|por hacer|pendiente|abierto|nuevo|a fazer|por fazer|pendente|aberto|novo)\b|やること|未着手/],
  ['testing', /\b(experiments?|validation|a tester|experimentos?)\b|検証/],
  ['exploring', /\b(discovery|research|explor\w*|recherche|investigacion|pesquisa|descoberta|descubrimiento)\b|調査/],
  ['framing', /\b(framing|spec\w*|design|analysis|cadrage|analyse|conception|analisis|analise|diseno|desenho)\b|設計/],
  ['opportunities', /\b(backlog|ideas?|inbox|icebox|wish\w*|later|someday|idees?|opportunit\w*|ideias?|oportunidad\w*|oportunidades)\b|やりたい|アイデア/],
];

/** Column names that mean a card was given up (killed) or set aside (parked) rather than still in work. */
const CLOSING: readonly (readonly [ClosedStatus, RegExp])[] = [
  [
    'killed',
    /\b(cancell?ed|cancell?ation|aborted|won'?t (do|fix)|rejected|declined|abandoned|obsolete|dropped|annulee?s?|abandonnee?s?|rejetee?s?|refusee?s?|sans suite|cancelad[oa]s?|rechazad[oa]s?|descartad[oa]s?|abandonad[oa]s?|anulad[oa]s?|rejeitad[oa]s?|recusad[oa]s?|abgebrochen|abgelehnt)\b|中止|却下/,
  ],
  ['parked', /\b(on hold|parked|paused|frozen|en pause|suspendue?s?|en suspens|gelee?s?|en espera|pausad[oa]s?|congelad[oa]s?|em espera|em pausa|zuruckgestellt)\b|保留/],
];

/** A column's name compared both without accents ("terminé") and as written (stripping marks would break kana such as ズ). */
function forms(columnName: string): string[] {
  return [normalize(columnName).replace(/[’`]/g, "'").trim(), columnName.toLowerCase().trim()];
}

/**
 * The stage a column most likely means: the stage of the same name, else the built-in stage its
 * name hints at (when the product still has it), else the first stage. `stages` are in board order.
 */
export function suggestStage(columnName: string, stages: readonly Stage[], stageName: (stage: Stage) => string): string {
  const [name, plain] = forms(columnName);
  const same = stages.find((stage) => normalize(stageName(stage)).trim() === name);
  if (same) return same.id;
  for (const [key, pattern] of HINTS) {
    if (!pattern.test(name!) && !pattern.test(plain!)) continue;
    const stage = stages.find((s) => s.defaultKey === key);
    if (stage) return stage.id;
  }
  return stages[0]!.id;
}

/** Whether a column's name says its cards were given up (killed) or set aside (parked); null when it names work, done or to do. */
export function suggestClose(columnName: string): ClosedStatus | null {
  const [name, plain] = forms(columnName);
  return CLOSING.find(([, pattern]) => pattern.test(name!) || pattern.test(plain!))?.[0] ?? null;
}
