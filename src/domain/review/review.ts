import type { ActionItem, RitualRun, Sprint } from '../delivery/types';
import type { Experiment, Hypothesis, Interview } from '../discovery/types';
import { isReleasedStage } from '../lanes';
import { liveHistories } from '../metrics/histories';
import type { Objective } from '../strategy/types';
import type { Initiative, Stage, Transition } from '../types';
import { discoveryReview, type DiscoveryReview } from './discovery';
import { laneMoves, type LaneMoves, type ReviewWindow } from './moves';
import { objectivesProgress, type ObjectiveProgress } from './objectives';
import { ritualsReview, type RitualsReview } from './rituals';
import { deliveryReview, type DeliveryReview } from './shipped';

/** A product's live records a review reads: every initiative, on the board or closed, and what happened around them. */
export interface ReviewRecords {
  stages: Stage[];
  initiatives: Initiative[];
  transitions: Transition[];
  hypotheses: Hypothesis[];
  experiments: Experiment[];
  interviews: Interview[];
  objectives: Objective[];
  sprints: Sprint[];
  ritualRuns: RitualRun[];
  actionItems: ActionItem[];
}

/** The product review of a period: its five parts, each empty when nothing happened. */
export interface ProductReview {
  moves: LaneMoves;
  discovery: DiscoveryReview;
  delivery: DeliveryReview;
  objectives: ObjectiveProgress[];
  rituals: RitualsReview;
}

/** The review of a product over a span of dates, read in the reader's calendar (`window.dayOf`). */
export function productReview(records: ReviewRecords, window: ReviewWindow): ProductReview {
  const live = records.initiatives.filter((i) => i.deletedAt === null);
  const refs = new Map(live.map((i) => [i.id, { id: i.id, title: i.title }]));
  const released = new Set(records.stages.filter(isReleasedStage).map((s) => s.id));
  return {
    moves: laneMoves(records.transitions, refs, window),
    discovery: discoveryReview(records, refs, window),
    delivery: deliveryReview(live, liveHistories(live, records.transitions), released, window),
    objectives: objectivesProgress(records.objectives, window.span),
    rituals: ritualsReview(records, window),
  };
}
