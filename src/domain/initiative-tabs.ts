import { LANES, type Lane } from './types';

/** The initiative page's sections: one tab each, each with its own URL. */
export const INITIATIVE_TABS = ['overview', 'discovery', 'delivery', 'strategy', 'feedback', 'outcome', 'history'] as const;
export type InitiativeTab = (typeof INITIATIVE_TABS)[number];

export function isInitiativeTab(value: unknown): value is InitiativeTab {
  return (INITIATIVE_TABS as readonly unknown[]).includes(value);
}

/**
 * The tabs in the order shown: the summary first, then the lane the initiative is in (where the
 * work happens now), the other lanes in board order, then who asks for it, what it achieved and its history.
 */
export function tabOrder(lane: Lane): InitiativeTab[] {
  return ['overview', lane, ...LANES.filter((other) => other !== lane), 'feedback', 'outcome', 'history'];
}
