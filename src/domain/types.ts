/** The records the app stores. Flat objects of plain JSON fields, ready for a field-level sync engine. */
import type { Cadence, Outcome } from './delivery/types';
import type { Horizon, InitiativeScore, ProductStrategy } from './strategy/types';

export const LANES = ['strategy', 'discovery', 'delivery'] as const;
export type Lane = (typeof LANES)[number];

export type Segment = '' | 'B2B' | 'B2C';
export const SEGMENTS: readonly Segment[] = ['', 'B2B', 'B2C'];

export type InitiativeStatus = 'active' | 'shipped' | 'parked' | 'killed';
export type ClosedStatus = Exclude<InitiativeStatus, 'active'>;
export const CLOSED_STATUSES: readonly ClosedStatus[] = ['shipped', 'parked', 'killed'];
export const INITIATIVE_STATUSES: readonly InitiativeStatus[] = ['active', ...CLOSED_STATUSES];

/** A fractional-index key: strings that sort in board order. Made only by ranking.ts. */
export type Rank = string & { readonly __brand: 'Rank' };

/** A record of a shared product names who last changed it (their display name); solo records have none. */
export interface Authored {
  by?: string;
}

interface Tombstoned extends Authored {
  /** Set instead of deleting, so a concurrent edit elsewhere is not silently lost. */
  deletedAt: number | null;
}

/** The strategy fields (vision, segments, competitors, north star, scoring framework) are optional: absent until written. */
export interface Product extends Tombstoned, ProductStrategy {
  id: string;
  name: string;
  isSample: boolean;
  /** The template each family starts from in this product, by family; absent means the built-in. */
  defaultTemplates?: Partial<Record<string, string>>;
  /** How the product ships; absent (products made before Delivery) means Scrum sprints. */
  cadence?: Cadence;
  /** Whether cards move from Ready to In sprint when their stories start; absent means yes. */
  boardFollowsSprint?: boolean;
  createdAt: number;
  updatedAt: number;
}

/** Built-in stages keep a key so their default name follows the UI language until renamed. */
export type DefaultStageKey = 'opportunities' | 'framing' | 'exploring' | 'testing' | 'ready' | 'inSprint' | 'released';

export interface Stage extends Tombstoned {
  id: string;
  productId: string;
  lane: Lane;
  /** A user-given name; empty means "use the default name of defaultKey". */
  name: string;
  defaultKey: DefaultStageKey | null;
  rank: Rank;
  /** A soft limit on its cards, shown on the board when exceeded; absent or null when none. */
  wipLimit?: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface Initiative extends Tombstoned {
  id: string;
  productId: string;
  stageId: string;
  lane: Lane;
  rank: Rank;
  title: string;
  summary: string;
  problem: string;
  owner: string;
  tags: string[];
  segment: Segment;
  status: InitiativeStatus;
  closeReason: string;
  closedAt: number | null;
  /** What it achieved once released; absent or null until recorded. */
  outcome?: Outcome | null;
  /** The released initiative this one follows up on; absent or null for most. */
  followUpOf?: string | null;
  /** The objective it serves, and optionally which of its key results; absent or null when none. */
  objectiveId?: string | null;
  keyResultId?: string | null;
  /** Its prioritisation inputs per framework; absent until scored. */
  score?: InitiativeScore;
  /** The roadmap horizon the user moved it to; absent or null when it follows its lane. */
  horizon?: Horizon | null;
  /** Comments brought over from Trello or Jira, oldest first, read-only here; absent for most. */
  comments?: InitiativeComment[];
  createdAt: number;
  updatedAt: number;
}

/** A comment as another tool recorded it: who, when (epoch milliseconds) and what. */
export interface InitiativeComment {
  author: string;
  at: number;
  text: string;
}

export type TransitionKind = 'create' | 'move' | 'close' | 'reopen';

/** One entry of an initiative's lane/stage history: the source of lead and cycle times. */
export interface Transition extends Authored {
  id: string;
  productId: string;
  initiativeId: string;
  at: number;
  kind: TransitionKind;
  fromStageId: string | null;
  toStageId: string | null;
  fromLane: Lane | null;
  toLane: Lane | null;
  /** For close: the new status. */
  status: InitiativeStatus;
  reason: string;
}

export interface InitiativeDraft {
  title: string;
  summary?: string;
  problem?: string;
  owner?: string;
  tags?: string[];
  segment?: Segment;
}
