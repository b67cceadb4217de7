import type { FieldErrors } from '../limits';
import { compareRankThenId } from '../lanes';
import { RICE_IMPACTS, SCORING_FRAMEWORKS, type IceInputs, type InitiativeScore, type ProductStrategy, type RiceInputs, type ScoringFramework } from './types';

/** ICE inputs go from 1 to 10. */
export const ICE_MIN = 1;
export const ICE_MAX = 10;

export const EMPTY_RICE: RiceInputs = { reach: null, impact: null, confidence: null, effort: null };
export const EMPTY_ICE: IceInputs = { impact: null, confidence: null, ease: null };

export const scoringOf = (product: Pick<ProductStrategy, 'scoring'>): ScoringFramework => product.scoring ?? 'rice';

export function isScoringFramework(value: unknown): value is ScoringFramework {
  return (SCORING_FRAMEWORKS as readonly unknown[]).includes(value);
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** RICE = reach × impact × confidence ÷ effort, confidence as a fraction; null until every input is given. */
export function riceScore(inputs: RiceInputs | undefined): number | null {
  if (!inputs) return null;
  const { reach, impact, confidence, effort } = inputs;
  if (reach === null || impact === null || confidence === null || effort === null || effort <= 0) return null;
  return (reach * impact * (confidence / 100)) / effort;
}

/** ICE = impact × confidence × ease (1 to 1,000); null until every input is given. */
export function iceScore(inputs: IceInputs | undefined): number | null {
  if (!inputs) return null;
  const { impact, confidence, ease } = inputs;
  if (impact === null || confidence === null || ease === null) return null;
  return impact * confidence * ease;
}

/** An initiative's score in a framework, or null while unscored. */
export function scoreOf(score: InitiativeScore | undefined, framework: ScoringFramework): number | null {
  return framework === 'rice' ? riceScore(score?.rice) : iceScore(score?.ice);
}

/**
 * What an initiative brings and what it costs, for a value × effort view: with RICE, value is
 * reach × impact × confidence and effort the person-months; with ICE, value is impact × confidence
 * and effort the reverse of ease on the same 1–10 scale (ease 10 is effort 1). Null while unscored.
 */
export function valueAndEffort(score: InitiativeScore | undefined, framework: ScoringFramework): { value: number; effort: number } | null {
  if (framework === 'rice') {
    const rice = score?.rice;
    if (!rice || riceScore(rice) === null) return null;
    return { value: rice.reach! * rice.impact! * (rice.confidence! / 100), effort: rice.effort! };
  }
  const ice = score?.ice;
  if (!ice || iceScore(ice) === null) return null;
  return { value: ice.impact! * ice.confidence!, effort: ICE_MAX + ICE_MIN - ice.ease! };
}

/**
 * Checks RICE inputs and returns them complete (a missing input is null). Each input may be left
 * empty; one that is given must make sense: reach 0 or more, impact on the scale, confidence
 * 0–100 %, effort more than 0 person-months (a score divides by it).
 */
export function validateRice(input: Partial<Record<keyof RiceInputs, unknown>>): { values: RiceInputs; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const given = (key: keyof RiceInputs) => input[key] ?? null;
  const reach = given('reach');
  if (reach !== null && !(isNumber(reach) && reach >= 0)) errors.reach = 'errors.reachInvalid';
  const impact = given('impact');
  if (impact !== null && !(RICE_IMPACTS as readonly unknown[]).includes(impact)) errors.impact = 'errors.impactInvalid';
  const confidence = given('confidence');
  if (confidence !== null && !(isNumber(confidence) && confidence >= 0 && confidence <= 100)) errors.confidence = 'errors.confidenceInvalid';
  const effort = given('effort');
  if (effort !== null && !(isNumber(effort) && effort > 0)) errors.effort = 'errors.effortInvalid';
  return { values: { reach, impact, confidence, effort } as RiceInputs, errors };
}

/** Checks ICE inputs: each empty, or a whole number from 1 to 10. */
export function validateIce(input: Partial<Record<keyof IceInputs, unknown>>): { values: IceInputs; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const values = { impact: null, confidence: null, ease: null } as IceInputs;
  for (const key of ['impact', 'confidence', 'ease'] as const) {
    const value = input[key] ?? null;
    if (value !== null && !(isNumber(value) && Number.isInteger(value) && value >= ICE_MIN && value <= ICE_MAX)) errors[key] = 'errors.iceInvalid';
    else values[key] = value as number | null;
  }
  return { values, errors };
}

interface Scored {
  id: string;
  rank: string;
  score?: InitiativeScore | undefined;
}

/**
 * Cards in score order: the highest first, ties and unscored cards in their board order, the
 * unscored last. Pure, for a stage's one-off sort and any view that ranks initiatives.
 */
export function sortByScore<T extends Scored>(cards: readonly T[], framework: ScoringFramework): T[] {
  const board = [...cards].sort(compareRankThenId);
  const keyed = board.map((card, index) => ({ card, index, score: scoreOf(card.score, framework) }));
  keyed.sort((a, b) => {
    if (a.score === null || b.score === null) return a.score === b.score ? a.index - b.index : a.score === null ? 1 : -1;
    return b.score - a.score || a.index - b.index;
  });
  return keyed.map((k) => k.card);
}
