import type { Page } from 'playwright-core';
import type { Initiative, Product, Stage, Transition } from '../../src/domain/types';

export const DB_NAME: string;
export const FILTER_WORD: string;
export const STAGES: { key: string; lane: string; name: string }[];
export interface SeedRecords {
  product: Product;
  stages: Stage[];
  initiatives: Initiative[];
  transitions: Transition[];
}
export function buildProduct(count: number, seed?: number): SeedRecords;
export function writeProduct(page: Page, records: SeedRecords): Promise<number>;
