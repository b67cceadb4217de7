import type { OutcomeDirection, RitualKind, StoryStatus } from '../../domain/delivery/types';

/**
 * The shape of the sample's Delivery texts (en-delivery.ts, fr-delivery.ts): plain data. Times
 * are days before the moment the sample is made; sprints and initiatives are named by key.
 */

export interface SampleSprint {
  /** How stories and rituals refer to it (the same in every language). */
  key: string;
  name: string;
  goal: string;
  /** Its first day, in days ago, and its length in days (both ends included). */
  startDaysAgo: number;
  lengthDays: number;
  /** A closed sprint closes on the morning of this day; its unfinished stories go to `carriedTo`. */
  closed?: { daysAgo: number; carriedTo: string };
}

export interface SampleStory {
  /** The key of its initiative. */
  initiative: string;
  asA: string;
  iWant: string;
  soThat: string;
  criteria: { given: string; when: string; then: string }[];
  points: number | null;
  /** The sprint it is planned into now (a key), or null for the backlog. */
  sprint: string | null;
  /** The sprint it was in before a closing carried it over, if any. */
  carriedFrom?: string;
  status: StoryStatus;
  /** When it became done, in days ago (with the hour of that day). */
  done?: { daysAgo: number; hour: number };
  /** Definition of Ready and of Done items ticked: every one, or those listed by id. */
  readyTicks: 'all' | string[];
  doneTicks: 'all' | string[];
}

export interface SampleActionItem {
  text: string;
  owner: string;
  /** Days from now: negative in the past; null for no due date. */
  dueInDays: number | null;
  /** Closed as done some days ago, or still open. */
  doneDaysAgo?: number;
}

export interface SampleRitualRun {
  kind: RitualKind;
  /** The sprint key, or null for a ritual outside sprints. */
  sprint: string | null;
  /** When it started (days ago, hour of that day) and how long it ran, in minutes. */
  daysAgo: number;
  hour: number;
  minutes: number;
  participants: string[];
  goal: string;
  decisions: string[];
  /** Template field answers and item notes, by item id; ticks: every check item, or those listed. */
  answers: Record<string, string>;
  notes: Record<string, string>;
  ticks: 'all' | string[];
  actions: SampleActionItem[];
}

export interface SampleOutcome {
  /** The key of the released initiative. */
  initiative: string;
  daysAgo: number;
  metric: string;
  direction: OutcomeDirection;
  baseline: number | null;
  target: number | null;
  actual: number | null;
  conclusion: string;
}

export interface SampleDelivery {
  /** Oldest first. */
  sprints: SampleSprint[];
  stories: SampleStory[];
  rituals: SampleRitualRun[];
  outcomes: SampleOutcome[];
}
