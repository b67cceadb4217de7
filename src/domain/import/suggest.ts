import { normalize } from '../filter';
import type { DefaultStageKey, Stage } from '../types';

/**
 * Words teams name their columns with, by the built-in stage they usually mean, in the languages
 * boards are most often written in. Checked in this order: "Done" wins over "Sprint done".
 */
const HINTS: readonly (readonly [DefaultStageKey, RegExp])[] = [
  ['released', /\b(done|released?|shipped|closed|complete[d]?|live|finished|resolved|termine|fait|livre|clos|ferme|fini|erledigt|fertig|hecho|terminado)\b|完了|クローズ|リリース/],
  ['inSprint', /\b(doing|in progress|wip|in sprint|sprint|in development|in dev|review|en cours|in bearbeitung|en progreso)\b|作業中|進行中|対応中/],
  ['ready', /\b(to ?do|ready|next|selected( for development)?|planned|a faire|pret|zu erledigen|por hacer)\b|やること|未着手/],
  ['testing', /\b(experiments?|validation|a tester)\b|検証/],
  ['exploring', /\b(discovery|research|explor\w*|recherche)\b|調査/],
  ['framing', /\b(framing|spec\w*|design|cadrage)\b|設計/],
  ['opportunities', /\b(backlog|ideas?|inbox|icebox|wish\w*|later|someday|idees?|opportunit\w*)\b|やりたい|アイデア/],
];

/**
 * The stage a column most likely means: the stage of the same name, else the built-in stage its
 * name hints at (when the product still has it), else the first stage. `stages` are in board order.
 */
export function suggestStage(columnName: string, stages: readonly Stage[], stageName: (stage: Stage) => string): string {
  const name = normalize(columnName).trim();
  const same = stages.find((stage) => normalize(stageName(stage)).trim() === name);
  if (same) return same.id;
  // Accents are dropped for "terminé"; stripping marks would also break Japanese kana (ズ), so both forms are tried.
  const plain = columnName.toLowerCase().trim();
  for (const [key, pattern] of HINTS) {
    if (!pattern.test(name) && !pattern.test(plain)) continue;
    const stage = stages.find((s) => s.defaultKey === key);
    if (stage) return stage.id;
  }
  return stages[0]!.id;
}
